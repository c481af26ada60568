# checks that k nodes remain, reverses them in place and hooks the block back
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
        before = first
