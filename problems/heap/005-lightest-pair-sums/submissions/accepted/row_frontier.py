# origin: independent
import heapq
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0 or not a or not b:
        return []
    heap = [(a[i] + b[0], i, 0) for i in range(min(k, len(a)))]
    heapq.heapify(heap)
    result = []
    while len(result) < k:
        total, i, j = heapq.heappop(heap)
        result.append(total)
        if j + 1 < len(b):
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return result
