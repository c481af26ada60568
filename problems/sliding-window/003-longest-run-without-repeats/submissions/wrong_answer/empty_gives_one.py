# bug: starts best at 1 ("any single character is a run"), which is wrong for the empty string
# fails on: {"s": ""}
# origin: independent
def longestDistinctRun(s: str) -> int:
    last_seen = {}
    left = 0
    best = 1
    for right, ch in enumerate(s):
        if ch in last_seen and last_seen[ch] >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
