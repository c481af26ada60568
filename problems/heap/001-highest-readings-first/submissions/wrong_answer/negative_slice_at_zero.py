# bug: takes the last k of the sorted list with [-k:], which for k = 0 is the whole list
# fails on: {"readings": [3, 1, 2], "k": 0}
def highestReadings(readings: List[int], k: int) -> List[int]:
    return sorted(readings)[-k:][::-1]
