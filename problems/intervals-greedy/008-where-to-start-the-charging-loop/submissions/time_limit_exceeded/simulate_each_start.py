# slow: O(n^2): simulates the whole loop from every station until one works
# origin: independent
from typing import List


def loopStart(charge: List[int], drain: List[int]) -> int:
    n = len(charge)
    for s in range(n):
        battery = 0
        lowest = 0
        for k in range(n):
            i = (s + k) % n
            battery += charge[i] - drain[i]
            lowest = min(lowest, battery)
        if lowest >= 0:
            return s
    return -1
