# bug: also advances mid after swapping with high, so the value brought in from the end is never examined; fails sample 01
# fails on: {"colours": [1, 2, 0]}
# origin: independent
from typing import List


def partitionColours(colours: List[int]) -> None:
    low, mid, high = 0, 0, len(colours) - 1
    while mid <= high:
        if colours[mid] == 0:
            colours[low], colours[mid] = colours[mid], colours[low]
            low += 1
        elif colours[mid] == 2:
            colours[mid], colours[high] = colours[high], colours[mid]
            high -= 1
        mid += 1
