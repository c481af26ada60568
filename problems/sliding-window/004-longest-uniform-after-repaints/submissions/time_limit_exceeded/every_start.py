# slow: O(n^2): extends a window from every start board, tracking the most common colour
# origin: independent
def longestUniformStretch(s: str, k: int) -> int:
    n = len(s)
    best = 0
    for i in range(n):
        counts = {}
        top = 0
        for j in range(i, n):
            counts[s[j]] = counts.get(s[j], 0) + 1
            top = max(top, counts[s[j]])
            if j - i + 1 - top > k:
                break
            best = max(best, j - i + 1)
    return best
