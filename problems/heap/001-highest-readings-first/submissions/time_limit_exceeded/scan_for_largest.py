# slow: picks the largest remaining reading k times by scanning, O(n k)
def highestReadings(readings: List[int], k: int) -> List[int]:
    rest = list(readings)
    answer = []
    for _ in range(k):
        best = max(rest)
        rest.remove(best)
        answer.append(best)
    return answer
