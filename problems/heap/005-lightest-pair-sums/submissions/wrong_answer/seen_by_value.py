# bug: remembers visited pairs by their values (a[i], b[j]) instead of their positions, so equal values collapse (fails sample 02-equal-values)
# fails on: {"a": [1], "b": [2, 2], "k": 2}
# origin: independent
import heapq
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = [(a[0] + b[0], 0, 0)]
    seen = {(a[0], b[0])}
    result = []
    while heap and len(result) < k:
        total, i, j = heapq.heappop(heap)
        result.append(total)
        if i + 1 < len(a) and (a[i + 1], b[j]) not in seen:
            seen.add((a[i + 1], b[j]))
            heapq.heappush(heap, (a[i + 1] + b[j], i + 1, j))
        if j + 1 < len(b) and (a[i], b[j + 1]) not in seen:
            seen.add((a[i], b[j + 1]))
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return result
