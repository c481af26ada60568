class Solution:
    def numPairs(self, numbers: List[int], k: int) -> int:
        seen = Counter()
        total = 0
        for x in numbers:
            total += seen[k - x]
            seen[x] += 1
        return total
