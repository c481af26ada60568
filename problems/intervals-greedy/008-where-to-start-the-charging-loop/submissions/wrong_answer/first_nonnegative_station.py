# bug: after the total check, returns the first station whose own charge covers its own leg, ignoring later legs
# fails on: {"charge": [2, 0, 5], "drain": [1, 3, 0]}
# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    for i in range(len(charge)):
        if charge[i] >= drain[i]:
            return i
    return -1
