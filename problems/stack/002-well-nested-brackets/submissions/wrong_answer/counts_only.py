def isWellNested(s):
    # bug: checks that no kind ever closes more than it opened and that every kind ends
    # at zero, but never checks the ORDER between kinds, so crossing pairs like "[(])"
    # are accepted
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
