import random


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    """Quickselect on squared distances with a three-way split: expected O(n). Stations
    closer than a random pivot are all kept when they are not enough; otherwise the
    search narrows to them. Returns the stations as tuples."""
    hx, hy = home
    items = [((x - hx) ** 2 + (y - hy) ** 2, x, y) for x, y in stations]
    rng = random.Random(2026)
    chosen = []
    while k > 0:
        pivot = items[rng.randrange(len(items))][0]
        closer = [t for t in items if t[0] < pivot]
        if len(closer) >= k:
            items = closer
            continue
        chosen += closer
        k -= len(closer)
        level = [t for t in items if t[0] == pivot]
        chosen += level[:k]
        k -= min(k, len(level))
        items = [t for t in items if t[0] > pivot]
    return [(x, y) for _, x, y in chosen]
