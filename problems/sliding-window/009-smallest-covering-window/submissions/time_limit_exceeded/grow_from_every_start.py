def smallestCoveringWindow(s, t):
    # correct, but each start position grows a fresh window: O(|s|^2) when windows are long
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    best = ""
    for i in range(len(s)):
        owed = dict(need)
        missing = len(t)
        for j in range(i, len(s)):
            ch = s[j]
            if owed.get(ch, 0) > 0:
                owed[ch] -= 1
                missing -= 1
                if missing == 0:
                    if best == "" or j - i + 1 < len(best):
                        best = s[i : j + 1]
                    break
    return best
