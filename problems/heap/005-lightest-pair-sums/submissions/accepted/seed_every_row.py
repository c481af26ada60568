import heapq


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    """Seed the front of every row that can contribute, min(k, len(a)) of them, at once."""
    if k == 0:
        return []
    first = b[0]
    # a is sorted, so the seeded fronts are already in heap order
    heap = [(a[i] + first, i, 0) for i in range(min(k, len(a)))]
    last = len(b) - 1
    sums: list[int] = []
    while len(sums) < k:
        total, i, j = heap[0]
        sums.append(total)
        if j < last:
            heapq.heapreplace(heap, (a[i] + b[j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return sums
