# bug: the merge stops when either half runs out and never attaches the rest of the other half
# fails on: {"head": [2, 1]}
def sortChain(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    right = slow.next
    slow.next = None
    a, b = sortChain(head), sortChain(right)
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = None
    return dummy.next
