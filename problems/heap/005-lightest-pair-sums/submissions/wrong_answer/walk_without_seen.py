# bug: walks the grid from its lightest corner without remembering offered cells, so a pair reachable two ways is counted twice
# fails on: {"a": [1, 4, 9], "b": [2, 3, 10], "k": 5}
import heapq


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = [(a[0] + b[0], 0, 0)]
    sums = []
    while len(sums) < k:
        total, i, j = heapq.heappop(heap)
        sums.append(total)
        if i + 1 < len(a):
            heapq.heappush(heap, (a[i + 1] + b[j], i + 1, j))
        if j + 1 < len(b):
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return sums
