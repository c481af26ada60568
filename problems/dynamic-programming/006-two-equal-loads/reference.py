"""Subset sums as the bits of one integer.

Bit s of `reach` is set when some of the crates seen so far weigh exactly s. A new crate
of weight w either stays out (reach) or joins (reach << w). The crates split evenly
when the total is even and bit total / 2 is set at the end.

Time O(n * S / w) word operations for S the total (the bit shifts work on machine words
of w bits), which is the O(n * S) table done many cells at a time; extra space O(S) bits.
"""


def canSplitEvenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    mask = (1 << (half + 1)) - 1
    reach = 1
    for w in weights:
        reach = (reach | (reach << w)) & mask
    return bool(reach >> half & 1)
