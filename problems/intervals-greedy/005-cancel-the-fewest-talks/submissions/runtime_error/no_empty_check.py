# bug: starts from the first talk after sorting without checking for an empty list (IndexError on [])
# fails on: {"talks": []}
# origin: independent
from typing import List


def fewestCancellations(talks: List[List[int]]) -> int:
    talks = sorted(talks, key=lambda t: t[1])
    removed = 0
    prev_end = talks[0][1]
    for start, end in talks[1:]:
        if start < prev_end:
            removed += 1
        else:
            prev_end = end
    return removed
