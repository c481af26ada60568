# bug: removes stations that share a spot before choosing, so copies appear only once
# fails on: {"stations": [[3, 4], [3, 4], [-6, 0], [0, -5]], "home": [0, 0], "k": 3}
def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    spots = sorted({(x, y) for x, y in stations}, key=lambda p: (p[0] - hx) ** 2 + (p[1] - hy) ** 2)
    return [list(p) for p in spots[:k]]
