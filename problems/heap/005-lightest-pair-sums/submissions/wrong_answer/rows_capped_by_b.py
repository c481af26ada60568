# bug: seeds only min(k, len(a), len(b)) rows, so when b is shorter than a the later rows of a are never seeded (fails sample 02-equal-values)
# fails on: {"a": [0, 7], "b": [0], "k": 2}
# origin: independent
import heapq
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = [(a[i] + b[0], i, 0) for i in range(min(k, len(a), len(b)))]
    heapq.heapify(heap)
    result = []
    while heap and len(result) < k:
        total, i, j = heapq.heappop(heap)
        result.append(total)
        if j + 1 < len(b):
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return result
