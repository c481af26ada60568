"""Sort, fix the two smallest values, then close in on the other two from both ends.

Repeated fixed values are skipped at each level, and after a match both inner
indices move past their repeats, so every distinct quadruplet is produced once.
Two range checks per fixed value stop early when even the smallest possible sum is
too big (break) or the largest is too small (continue).

Time O(n^3): an O(n log n) sort plus one O(n) sweep per pair of fixed values.
Extra space O(n) for the sorted copy (the output list not counted).
"""


def targetQuadruplets(nums: list[int], target: int) -> list[list[int]]:
    values = sorted(nums)
    n = len(values)
    found: list[list[int]] = []
    for i in range(n - 3):
        first = values[i]
        if i > 0 and first == values[i - 1]:
            continue
        if first + values[i + 1] + values[i + 2] + values[i + 3] > target:
            break  # the smallest sum with this first value is already too big
        if first + values[n - 3] + values[n - 2] + values[n - 1] < target:
            continue  # the largest sum with this first value is still too small
        for j in range(i + 1, n - 2):
            second = values[j]
            if j > i + 1 and second == values[j - 1]:
                continue
            if first + second + values[j + 1] + values[j + 2] > target:
                break
            if first + second + values[n - 2] + values[n - 1] < target:
                continue
            need = target - first - second
            lo, hi = j + 1, n - 1
            while lo < hi:
                pair = values[lo] + values[hi]
                if pair < need:
                    lo += 1
                elif pair > need:
                    hi -= 1
                else:
                    third, fourth = values[lo], values[hi]
                    found.append([first, second, third, fourth])
                    lo += 1
                    hi -= 1
                    while lo < hi and values[lo] == third:
                        lo += 1
                    while lo < hi and values[hi] == fourth:
                        hi -= 1
    return found
