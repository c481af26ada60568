# bug: moves the start after a deficit but keeps the negative tank, so it picks the station after the last negative prefix instead of after the lowest one (fails sample 1)
# fails on: {"charge": [0, 2, 1], "drain": [3, 0, 0]}
# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    tank = 0
    start = 0
    for i in range(len(charge)):
        tank += charge[i] - drain[i]
        if tank < 0:
            start = i + 1
    return start
