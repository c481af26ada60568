# bug: treats t as a set of letters, so a letter that t repeats is needed only once
# fails on: {"s": "banana", "t": "ann"}
def smallestCoveringWindow(s, t):
    need = set(t)
    counts = {}
    covered = 0
    best = None
    left = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        if ch in need and counts[ch] == 1:
            covered += 1
        while covered == len(need):
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            out = s[left]
            counts[out] -= 1
            if out in need and counts[out] == 0:
                covered -= 1
            left += 1
    return "" if best is None else s[best[0] : best[1]]
