"""Bottom-up over the steps, keeping only the last two answers.

best(i) is the least toll paid to stand on step i (its own toll included). Step i is
entered from step i - 1 or step i - 2, so best(i) = toll[i] + min(best(i - 1), best(i - 2)),
with best(0) = toll[0] and best(1) = toll[1] (either may be the first step). The landing
is entered from one of the top two steps.

Time O(n); extra space O(1).
"""


def cheapestClimb(toll: list[int]) -> int:
    before, last = toll[0], toll[1]  # best(i - 2), best(i - 1)
    for i in range(2, len(toll)):
        before, last = last, toll[i] + min(before, last)
    return min(before, last)
