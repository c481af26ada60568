# slow: O(2^n * n^2): memoises on the tuple of lanterns still in the row, and there are exponentially many such rows
# origin: independent
def bestFinale(glow: List[int]) -> int:
    memo = {}

    def solve(row):
        if not row:
            return 0
        if row in memo:
            return memo[row]
        best = 0
        for i in range(len(row)):
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            score = left * row[i] * right + solve(row[:i] + row[i + 1:])
            best = max(best, score)
        memo[row] = best
        return best

    return solve(tuple(glow))
