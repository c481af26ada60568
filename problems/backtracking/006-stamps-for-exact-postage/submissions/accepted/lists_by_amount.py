class Solution:
    def postageSets(self, stamps: List[int], postage: int) -> List[List[int]]:
        """Unbounded-knapsack listing: ways[a] holds every set making amount a from the
        values seen so far; adding the values one at a time keeps each set in sorted order."""
        ways = [[] for _ in range(postage + 1)]
        ways[0] = [[]]
        for v in sorted(stamps):
            for a in range(v, postage + 1):
                if ways[a - v]:
                    ways[a].extend(s + [v] for s in ways[a - v])
        return ways[postage]
