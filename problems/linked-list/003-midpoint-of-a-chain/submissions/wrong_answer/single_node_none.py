# bug: the early-exit guard also returns None for a single node, whose middle is the head itself (passes the samples)
# fails on: {"head": [7]}
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None or head.next is None:
        return None
    slow = head
    fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return slow
