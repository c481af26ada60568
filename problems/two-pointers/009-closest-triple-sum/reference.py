"""Sort, fix the first value, then close in from both ends of the rest.

For a fixed first value, a sum below the target can only grow by moving the left
index right and a sum above it can only shrink by moving the right index left, so
the sweep never skips a pair that could be closer than those it has seen.

Time O(n^2): an O(n log n) sort plus one O(n) sweep per fixed value.
Extra space O(n) for the sorted copy.
"""


def closestTripleSum(nums: list[int], target: int) -> int:
    values = sorted(nums)
    n = len(values)
    best = values[0] + values[1] + values[2]
    best_gap = abs(best - target)
    for i in range(n - 2):
        first = values[i]
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = first + values[lo] + values[hi]
            if total < target:
                if target - total < best_gap:
                    best, best_gap = total, target - total
                lo += 1
            elif total > target:
                if total - target < best_gap:
                    best, best_gap = total, total - target
                hi -= 1
            else:
                return total  # nothing can be closer than an exact hit
    return best
