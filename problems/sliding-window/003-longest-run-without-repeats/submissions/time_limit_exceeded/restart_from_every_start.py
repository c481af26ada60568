def longestDistinctRun(s):
    # a fresh scan from every start position until the first repeat: O(n * answer)
    best = 0
    n = len(s)
    for start in range(n):
        seen = set()
        end = start
        while end < n and s[end] not in seen:
            seen.add(s[end])
            end += 1
        best = max(best, end - start)
    return best
