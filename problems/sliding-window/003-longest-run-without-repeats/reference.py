"""Variable sliding window with the last position of every character.

The window s[left:right + 1] never holds a repeat. When s[right] was last seen inside
the window, the left edge jumps just past that position; an older occurrence to the left
of the window is ignored, so the left edge never moves backwards.

Time O(n), extra space O(min(n, alphabet)).
"""


def longestDistinctRun(s: str) -> int:
    last_seen: dict[str, int] = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        previous = last_seen.get(ch, -1)
        if previous >= left:
            left = previous + 1
        last_seen[ch] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best
