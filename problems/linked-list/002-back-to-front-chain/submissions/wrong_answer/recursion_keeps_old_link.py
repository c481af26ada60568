# bug: the recursive version never clears head.next, so the old head and its successor point at each other (a loop)
# fails on: {"head": [1, 2]}
def reverseChain(head):
    if head is None or head.next is None:
        return head
    new_head = reverseChain(head.next)
    head.next.next = head
    return new_head
