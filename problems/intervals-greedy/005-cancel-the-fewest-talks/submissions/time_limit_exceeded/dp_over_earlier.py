# slow: O(n^2): for each talk, looks at every earlier talk to extend the longest clash-free chain
# origin: independent
from typing import List


def fewestCancellations(talks: List[List[int]]) -> int:
    if not talks:
        return 0
    order = sorted(talks)
    n = len(order)
    best = [1] * n
    for i in range(n):
        for j in range(i):
            if order[j][1] <= order[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best)
