# bug: the window is measured before its left edge moves past a repeat, so a window holding a repeat counts
# fails on: {"s": "aa"}
def longestDistinctRun(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        best = max(best, right - left + 1)
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
    return best
