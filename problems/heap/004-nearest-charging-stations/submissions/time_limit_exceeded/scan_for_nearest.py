# slow: picks the nearest remaining station k times by scanning all of them, O(n k)
def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    rest = list(stations)
    answer = []
    for _ in range(k):
        i = min(range(len(rest)), key=lambda j: (rest[j][0] - hx) ** 2 + (rest[j][1] - hy) ** 2)
        answer.append(rest[i])
        rest[i] = rest[-1]
        rest.pop()
    return answer
