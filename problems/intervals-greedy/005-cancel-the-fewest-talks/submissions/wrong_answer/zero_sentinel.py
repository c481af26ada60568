# bug: starts last_end at 0, so talks before time 0 are all counted as clashing (fails sample 3)
# fails on: {"talks": [[-3, -1]]}
# origin: independent
from typing import List


def fewestCancellations(talks: List[List[int]]) -> int:
    kept = 0
    last_end = 0
    for start, end in sorted(talks, key=lambda t: t[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
