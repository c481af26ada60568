# bug: measures distance in grid steps (|dx| + |dy|) instead of a straight line
# fails on: {"stations": [[5, 2], [2, 4], [1, -2], [8, 1]], "home": [2, -1], "k": 2}
def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    return sorted(stations, key=lambda p: abs(p[0] - hx) + abs(p[1] - hy))[:k]
