# bug: marks visited pairs with the key i * len(a) + j instead of i * len(b) + j, so keys collide when len(a) < len(b)
# fails on: {"a": [0, 2], "b": [5, 8, 9], "k": 4}
# origin: independent
import heapq
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = [(a[0] + b[0], 0, 0)]
    seen = {0}
    result = []
    while heap and len(result) < k:
        total, i, j = heapq.heappop(heap)
        result.append(total)
        if i + 1 < len(a) and (i + 1) * len(a) + j not in seen:
            seen.add((i + 1) * len(a) + j)
            heapq.heappush(heap, (a[i + 1] + b[j], i + 1, j))
        if j + 1 < len(b) and i * len(a) + j + 1 not in seen:
            seen.add(i * len(a) + j + 1)
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return result
