# bug: starts the fast pointer one node ahead but keeps the two-step lookahead, so odd lengths stop one node early
# fails on: {"head": [1, 2, 3]}
def chainMidpoint(head):
    if head is None:
        return None
    slow, fast = head, head.next
    while fast is not None and fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    return slow
