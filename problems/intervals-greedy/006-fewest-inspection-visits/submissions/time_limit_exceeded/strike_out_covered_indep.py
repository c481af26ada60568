# slow: O(n^2): after each visit, rescans every remaining window to strike out the covered ones
# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    remaining = [list(w) for w in windows]
    visits = 0
    while remaining:
        day = min(w[1] for w in remaining)
        remaining = [w for w in remaining if not (w[0] <= day <= w[1])]
        visits += 1
    return visits
