# slow: O(n * k): reverses each block by walking to its current last node for every node it moves
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
        insert_after = before
        block_start = before.next
        for _ in range(k - 1):
            prev_last = block_start
            while prev_last.next.next is not after:
                prev_last = prev_last.next
            last = prev_last.next
            prev_last.next = after
            last.next = insert_after.next
            insert_after.next = last
            insert_after = last
        before = block_start
