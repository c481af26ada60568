"""Variable sliding window with 26 letter counts and the best count seen so far.

A stretch can be made uniform when its length minus the count of its most common letter
is at most k. `top` is the largest count any letter has reached inside the window so far;
it is never lowered, which saves recomputing a maximum of 26 counts at every step.

A stale `top` cannot inflate the answer. The window never shrinks, never gets longer than
`top + k`, and once it has that length it grows only in a step that raises `top` to some
t; in that step the window itself holds t equal letters and has length at most t + k,
so it really can be made uniform. A longer stretch, in turn, needs a letter count above
`top`, so lowering `top` would never help.

Time O(n), extra space O(1) (26 counters).
"""


def longestUniformStretch(s: str, k: int) -> int:
    counts = [0] * 26
    top = 0
    left = 0
    best = 0
    for right in range(len(s)):
        c = ord(s[right]) - 65
        counts[c] += 1
        if counts[c] > top:
            top = counts[c]
        while right - left + 1 - top > k:  # runs at most once per step
            counts[ord(s[left]) - 65] -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
