# bug: after running dry on the leg from station i it restarts at i instead of i + 1 (fails sample 1)
# fails on: {"charge": [0, 1], "drain": [1, 0]}
# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    total = 0
    tank = 0
    start = 0
    for i in range(len(charge)):
        total += charge[i] - drain[i]
        tank += charge[i] - drain[i]
        if tank < 0:
            start = i
            tank = 0
    return start if total >= 0 else -1
