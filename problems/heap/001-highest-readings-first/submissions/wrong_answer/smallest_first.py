# bug: returns the k largest readings, but in increasing order (the heap's own order)
# fails on: {"readings": [4, 1, 3], "k": 2}
import heapq


def highestReadings(readings: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    top = readings[:k]
    heapq.heapify(top)
    for reading in readings[k:]:
        if reading > top[0]:
            heapq.heapreplace(top, reading)
    return sorted(top)
