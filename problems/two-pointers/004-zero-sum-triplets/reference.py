"""Sort, fix the smallest value, then close in from both ends of the rest.

Time O(n^2): an O(n log n) sort plus one O(n) two-pointer sweep per fixed value.
Extra space O(n) for the sorted copy (the output list not counted).
"""


def zeroSumTriplets(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    n = len(values)
    triplets: list[list[int]] = []
    for i in range(n - 2):
        first = values[i]
        if first > 0:
            break  # every later value is positive too
        if i > 0 and first == values[i - 1]:
            continue  # this smallest value was already handled
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = first + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                second, third = values[lo], values[hi]
                triplets.append([first, second, third])
                lo += 1
                hi -= 1
                while lo < hi and values[lo] == second:
                    lo += 1
                while lo < hi and values[hi] == third:
                    hi -= 1
    return triplets
