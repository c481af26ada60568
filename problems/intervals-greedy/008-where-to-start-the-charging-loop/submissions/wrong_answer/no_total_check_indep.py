# bug: never checks that total charge covers total drain, so it returns a start even when the loop is impossible (fails sample 2)
# fails on: {"charge": [0, 1], "drain": [1, 1]}
# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    tank = 0
    start = 0
    for i in range(len(charge)):
        tank += charge[i] - drain[i]
        if tank < 0:
            start = i + 1
            tank = 0
    return start
