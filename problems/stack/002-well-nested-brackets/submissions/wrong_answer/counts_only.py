# bug: counts each kind separately and never checks the order between kinds, so crossing pairs pass
# fails on: {"s": "[(])"}
def isWellNested(s):
    depth = {"(": 0, "[": 0, "{": 0}
    opener_of = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in depth:
            depth[ch] += 1
        elif ch in opener_of:
            depth[opener_of[ch]] -= 1
            if depth[opener_of[ch]] < 0:
                return False
    return all(v == 0 for v in depth.values())
