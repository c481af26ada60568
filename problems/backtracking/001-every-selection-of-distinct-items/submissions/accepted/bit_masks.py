class Solution:
    def allSelections(self, items: List[int]) -> List[List[int]]:
        """Each number from 0 to 2^n - 1 picks the items whose bit is set."""
        n = len(items)
        return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
