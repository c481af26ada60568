# bug: lower-cases the string first, so "a" and "A" are treated as the same character
# fails on: {"s": "aA"}
# origin: independent
def longestDistinctRun(s: str) -> int:
    s = s.lower()
    window = set()
    left = 0
    best = 0
    for ch in s:
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        best = max(best, len(window))
    return best
