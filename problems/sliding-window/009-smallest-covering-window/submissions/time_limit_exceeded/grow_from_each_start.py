# slow: O(|s|^2): from every start, extends right until the window covers t
# origin: independent
from collections import Counter


def smallestCoveringWindow(s: str, t: str) -> str:
    need = Counter(t)
    best = None
    n = len(s)
    for i in range(n):
        remaining = dict(need)
        missing = len(t)
        for j in range(i, n):
            ch = s[j]
            if remaining.get(ch, 0) > 0:
                remaining[ch] -= 1
                missing -= 1
                if missing == 0:
                    if best is None or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
    return best if best is not None else ""
