# bug: swaps the values at the two ends of each full block instead of reversing it, which is the same only for blocks of up to three nodes (passes the samples)
# fails on: {"head": [1, 2, 3, 4], "k": 4}
class Solution:
    def flipBlocks(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        start = head
        while start:
            end = start
            for _ in range(k - 1):
                end = end.next
                if end is None:
                    return head
            start.val, end.val = end.val, start.val
            start = end.next
        return head
