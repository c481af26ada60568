# slow: O(n * k): inside each block, walks to the block's current last node to move it forward, again and again
def flipBlocks(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return dummy.next
        after = probe.next
        insert_at = before  # the moved nodes are placed after insert_at, in order
        for _ in range(k - 1):
            prev_last = insert_at
            while prev_last.next.next is not after:
                prev_last = prev_last.next
            last = prev_last.next
            prev_last.next = after
            last.next = insert_at.next
            insert_at.next = last
            insert_at = last
        while before.next is not after:
            before = before.next
