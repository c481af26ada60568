def longestDistinctRun(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        best = max(best, right - left + 1)  # bug: measured while the window may still hold a repeat
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
    return best
