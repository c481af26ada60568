# bug: uses start > last_end, so talks that only touch are treated as clashing (fails sample 1)
# fails on: {"talks": [[1, 3], [3, 5]]}
# origin: independent
from typing import List


def fewestCancellations(talks: List[List[int]]) -> int:
    kept = 0
    last_end = float("-inf")
    for start, end in sorted(talks, key=lambda t: t[1]):
        if start > last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
