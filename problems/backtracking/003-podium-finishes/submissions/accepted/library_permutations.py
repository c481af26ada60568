from itertools import permutations


class Solution:
    def podiumOrders(self, runners: List[int], k: int) -> List[List[int]]:
        return [list(p) for p in permutations(runners, k)]
