# bug: after swapping a 0 to the front it advances low but not mid, so low can run past mid and off the end
# fails on: {"colours": [0, 1]}
# origin: independent
from typing import List


def partitionColours(colours: List[int]) -> None:
    low, mid, high = 0, 0, len(colours) - 1
    while mid <= high:
        if colours[mid] == 0:
            colours[low], colours[mid] = colours[mid], colours[low]
            low += 1
        elif colours[mid] == 1:
            mid += 1
        else:
            colours[mid], colours[high] = colours[high], colours[mid]
            high -= 1
