# bug: collapses shifts with the same start into a dict, keeping the last end seen instead of the largest
# fails on: {"shifts": [[1, 5], [1, 3]]}
# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    end_at = {}
    for start, end in shifts:
        end_at[start] = end
    result = []
    for start in sorted(end_at):
        end = end_at[start]
        if result and start <= result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return result
