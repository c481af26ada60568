class Solution:
    def bestTradeGain(self, prices: List[int]) -> int:
        """Kadane over day-to-day changes: the gain of a trade is the sum of the changes it spans."""
        best = run = 0
        for i in range(1, len(prices)):
            run = max(0, run + prices[i] - prices[i - 1])
            best = max(best, run)
        return best
