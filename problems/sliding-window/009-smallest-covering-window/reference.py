"""Minimum covering window with a table of owed letters.

Time O(|s| + |t|), extra space O(alphabet).
"""


def smallestCoveringWindow(s: str, t: str) -> str:
    owed: dict[str, int] = {}
    for ch in t:
        owed[ch] = owed.get(ch, 0) + 1
    missing = len(t)
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        count = owed.get(ch, 0)
        if count > 0:
            missing -= 1
        owed[ch] = count - 1  # negative means surplus inside the window
        if missing == 0:
            while owed[s[left]] < 0:  # drop surplus letters from the left
                owed[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:  # strict: keeps the leftmost of equal lengths
                best_start, best_len = left, right - left + 1
            owed[s[left]] += 1  # give up a needed letter and look for the next window
            missing += 1
            left += 1
    return s[best_start : best_start + best_len] if best_len <= len(s) else ""
