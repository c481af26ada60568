# slow: O(n^2): grows a fresh run from every start position until a repeat appears
# origin: independent
def longestDistinctRun(s: str) -> int:
    best = 0
    n = len(s)
    for i in range(n):
        seen = set()
        j = i
        while j < n and s[j] not in seen:
            seen.add(s[j])
            j += 1
        best = max(best, j - i)
    return best
