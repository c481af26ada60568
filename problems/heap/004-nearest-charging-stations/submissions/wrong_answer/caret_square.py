# bug: writes the square as (x - hx) ^ 2, which is bitwise XOR in Python (fails samples 01-straight-line and 02-same-spot)
# fails on: {"stations": [[4, 1], [0, 0]], "home": [3, 0], "k": 1}
# origin: independent
from typing import List


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    ranked = sorted(stations, key=lambda s: (s[0] - hx) ^ 2 + (s[1] - hy) ^ 2)
    return [list(s) for s in ranked[:k]]
