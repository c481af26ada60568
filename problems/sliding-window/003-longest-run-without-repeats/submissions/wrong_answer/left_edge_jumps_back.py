def longestDistinctRun(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last_seen:
            left = last_seen[ch] + 1  # bug: an occurrence left of the window can pull `left` back
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
