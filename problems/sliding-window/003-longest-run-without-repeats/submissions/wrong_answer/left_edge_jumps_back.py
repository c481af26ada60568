# bug: the left edge jumps past any earlier occurrence, even one already left of the window, so it can move backwards
# fails on: {"s": "abba"}
def longestDistinctRun(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last_seen:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
