# bug: the early exit uses k >= length instead of k > length, so when k equals the length the whole list is not reversed (passes the samples)
# fails on: {"head": [1, 2], "k": 2}
# origin: independent
def flipBlocks(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    if k <= 1 or k >= length:
        return head
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(length // k):
        first = before.next
        prev = None
        curr = first
        for _ in range(k):
            nxt = curr.next
            curr.next = prev
            prev = curr
            curr = nxt
        before.next = prev
        first.next = curr
        before = first
    return dummy.next
