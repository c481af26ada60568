# bug: a newcomer replaces the largest kept reading instead of the smallest, so a small early one stays
# fails on: {"readings": [1, 5, 9, 7], "k": 2}
import heapq


def highestReadings(readings: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    kept = [-r for r in readings[:k]]
    heapq.heapify(kept)
    for reading in readings[k:]:
        if reading > -kept[0]:
            heapq.heapreplace(kept, -reading)
    return sorted((-r for r in kept), reverse=True)
