class Solution:
    def cheapestClimb(self, toll: List[int]) -> int:
        # the table of the cheapest way to reach position i (the landing is position n)
        n = len(toll)
        reach = [0] * (n + 1)
        for i in range(2, n + 1):
            reach[i] = min(reach[i - 1] + toll[i - 1], reach[i - 2] + toll[i - 2])
        return reach[n]
