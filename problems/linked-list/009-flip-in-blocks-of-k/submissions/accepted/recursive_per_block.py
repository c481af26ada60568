# recursion, one call per block: check k nodes exist, reverse them onto the flipped rest
class Solution:
    def flipBlocks(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        probe = head
        for _ in range(k):
            if probe is None:
                return head
            probe = probe.next
        prev = self.flipBlocks(probe, k)  # the rest, already flipped
        node = head
        for _ in range(k):
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        return prev
