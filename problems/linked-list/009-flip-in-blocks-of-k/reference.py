"""Block by block behind a dummy head: check that k nodes exist, reverse them, stitch.

`before` is the node in front of the current block. After reversing, the block's old
first node is its last one: it links to what follows and becomes the next `before`.
Every node is counted once and relinked at most once: time O(n), extra space O(1).
"""


def flipBlocks(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return dummy.next  # fewer than k nodes left: they stay as they are
        after = probe.next
        first = before.next
        prev, node = after, first
        while node is not after:
            following = node.next
            node.next = prev
            prev = node
            node = following
        before.next = prev  # prev is the block's old last node, now its front
        before = first
