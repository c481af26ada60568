# last position of every character: the left edge jumps past a repeat inside the window
# origin: independent
def longestDistinctRun(s: str) -> int:
    last_seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        prev = last_seen.get(ch)
        if prev is not None and prev >= left:
            left = prev + 1
        last_seen[ch] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best
