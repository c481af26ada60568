# slow: O(k * min(k, len(a))): scans the next pair of every row to pick each lightest pair
# origin: independent
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    rows = min(k, len(a))
    nxt = [0] * rows
    result = []
    for _ in range(k):
        best = -1
        best_sum = 0
        for i in range(rows):
            if nxt[i] < len(b):
                s = a[i] + b[nxt[i]]
                if best == -1 or s < best_sum:
                    best, best_sum = i, s
        result.append(best_sum)
        nxt[best] += 1
    return result
