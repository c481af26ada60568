def longestUniformStretch(s, k):
    # grow a fresh stretch from every start until it needs too many repaints: O(n^2)
    n = len(s)
    best = 0
    for start in range(n):
        counts = [0] * 26
        top = 0
        end = start
        while end < n:
            c = ord(s[end]) - 65
            counts[c] += 1
            top = max(top, counts[c])
            if end - start + 1 - top > k:
                break
            end += 1
        best = max(best, end - start)
    return best
