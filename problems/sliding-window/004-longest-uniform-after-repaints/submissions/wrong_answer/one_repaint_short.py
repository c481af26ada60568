# bug: shrinks while the repaints needed are >= k instead of > k, so only k - 1 repaints are ever used
# fails on: {"s": "AB", "k": 1}
def longestUniformStretch(s, k):
    counts = [0] * 26
    top = left = best = 0
    for right in range(len(s)):
        c = ord(s[right]) - 65
        counts[c] += 1
        top = max(top, counts[c])
        while right - left + 1 - top >= k and left <= right:
            counts[ord(s[left]) - 65] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
