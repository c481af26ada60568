# bug: lower-cases s and t to "normalise" them, so "A" can be covered by "a"
# fails on: {"s": "aA", "t": "A"}
# origin: independent
def smallestCoveringWindow(s: str, t: str) -> str:
    original = s
    s, t = s.lower(), t.lower()
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    best = (float("inf"), 0)
    left = 0
    for right, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        while missing == 0:
            if right - left + 1 < best[0]:
                best = (right - left + 1, left)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    if best[0] == float("inf"):
        return ""
    return original[best[1]:best[1] + best[0]]
