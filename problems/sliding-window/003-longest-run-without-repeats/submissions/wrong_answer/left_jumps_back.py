# bug: moves left to last_seen[ch] + 1 even when that repeat is already outside the window, so left can jump backwards
# fails on: {"s": "abba"}
# origin: independent
def longestDistinctRun(s: str) -> int:
    last_seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if ch in last_seen:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
