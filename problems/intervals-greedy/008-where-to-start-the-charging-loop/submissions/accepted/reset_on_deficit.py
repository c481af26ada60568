# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    total = 0
    tank = 0
    start = 0
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        tank += gain
        if tank < 0:
            start = i + 1
            tank = 0
    return start if total >= 0 else -1
