class Solution:
    def canSplitEvenly(self, weights: List[int]) -> bool:
        # top-down on (next crate, weight still wanted on the first side), memoised
        total = sum(weights)
        if total % 2:
            return False

        @lru_cache(maxsize=None)
        def can(i, left):
            if left == 0:
                return True
            if i == len(weights) or left < 0:
                return False
            return can(i + 1, left - weights[i]) or can(i + 1, left)

        return can(0, total // 2)
