"""One pass with three indices (low, mid, high).

Invariant: colours[:low] are 0, colours[low:mid] are 1, colours[high + 1:] are 2, and
colours[mid:high + 1] is still unexamined. Each step either advances `mid` or moves
`high` inward, so the loop runs at most n times.

Time O(n), extra space O(1).
"""


def partitionColours(colours: list[int]) -> None:
    low, mid, high = 0, 0, len(colours) - 1
    while mid <= high:
        value = colours[mid]
        if value == 0:
            colours[low], colours[mid] = colours[mid], colours[low]
            low += 1
            mid += 1
        elif value == 1:
            mid += 1
        else:
            # the value swapped in from `high` is unexamined, so `mid` stays
            colours[mid], colours[high] = colours[high], colours[mid]
            high -= 1
