"""Brute force: Bellman-Ford, relaxing every road n times (tolls are non-negative, so
n - 1 rounds already settle every town)."""

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 7))
    town = st.integers(0, n - 1)
    roads = draw(st.lists(st.tuples(town, town, st.sampled_from([0, 1, 2, 3, 5, 8, 10000])).map(list), max_size=12))
    return {"n": n, "roads": roads, "source": draw(town), "target": draw(town)}


def inputs():
    return _cases()


def cheapestRoute(n, roads, source, target):
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n):
        for u, v, t in roads:
            if dist[u] + t < dist[v]:
                dist[v] = dist[u] + t
    return -1 if dist[target] == INF else dist[target]
