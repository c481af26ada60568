# slow: O(n^2): bubble sort with adjacent swaps
# origin: independent
from typing import List


def partitionColours(colours: List[int]) -> None:
    n = len(colours)
    for end in range(n - 1, 0, -1):
        for i in range(end):
            if colours[i] > colours[i + 1]:
                colours[i], colours[i + 1] = colours[i + 1], colours[i]
