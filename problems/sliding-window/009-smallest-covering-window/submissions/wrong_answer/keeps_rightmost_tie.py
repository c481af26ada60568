# bug: records a window when it is no longer than the best (<=), so among equally short windows the rightmost wins
# fails on: {"s": "cabdbac", "t": "ab"}
def smallestCoveringWindow(s, t):
    owed = {}
    for ch in t:
        owed[ch] = owed.get(ch, 0) + 1
    missing = len(t)
    best = None
    left = 0
    for right, ch in enumerate(s):
        if owed.get(ch, 0) > 0:
            missing -= 1
        owed[ch] = owed.get(ch, 0) - 1
        while missing == 0:
            if best is None or right - left + 1 <= best[1] - best[0]:
                best = (left, right + 1)
            owed[s[left]] += 1
            if owed[s[left]] > 0:
                missing += 1
            left += 1
    return "" if best is None else s[best[0] : best[1]]
