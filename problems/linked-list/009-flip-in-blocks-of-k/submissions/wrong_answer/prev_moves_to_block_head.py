# bug: after reversing a block it moves `before` to the block's new first node instead of its new last node, so the next block is spliced in at the wrong place; fails samples 1 and 2
# fails on: {"head": [1, 2, 3, 4], "k": 2}
# origin: independent
def flipBlocks(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return dummy.next
        after = probe.next
        first = before.next
        prev = after
        curr = first
        while curr is not after:
            nxt = curr.next
            curr.next = prev
            prev = curr
            curr = nxt
        before.next = probe
        before = probe
