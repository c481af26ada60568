# bug: sorted(readings)[-k:] is the whole list when k = 0 (fails sample 02-k-zero)
# fails on: {"readings": [2], "k": 0}
# origin: independent
from typing import List


def highestReadings(readings: List[int], k: int) -> List[int]:
    ordered = sorted(readings)
    return ordered[-k:][::-1]
