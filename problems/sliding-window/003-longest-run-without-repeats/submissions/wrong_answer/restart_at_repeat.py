# bug: on a repeat it throws the whole run away and restarts at the current character, instead of just past the earlier copy (fails sample 1)
# fails on: {"s": "dvdf"}
# origin: independent
def longestDistinctRun(s: str) -> int:
    seen = set()
    best = 0
    for ch in s:
        if ch in seen:
            seen = set()
        seen.add(ch)
        best = max(best, len(seen))
    return best
