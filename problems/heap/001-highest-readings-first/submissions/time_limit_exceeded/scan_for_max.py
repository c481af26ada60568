# slow: O(n k): scans all remaining readings for the largest one, k times
# origin: independent
from typing import List


def highestReadings(readings: List[int], k: int) -> List[int]:
    remaining = list(readings)
    result = []
    for _ in range(k):
        best = 0
        for i in range(1, len(remaining)):
            if remaining[i] > remaining[best]:
                best = i
        result.append(remaining.pop(best))
    return result
