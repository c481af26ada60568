"""Brute force: breadth-first search over every legal hop, with parents for the route."""

from collections import deque

from hypothesis import strategies as st


def inputs():
    hop = st.one_of(st.integers(0, 4), st.sampled_from([0, 100000]))
    return st.fixed_dictionaries({"hops": st.lists(hop, min_size=1, max_size=10)})


def fewestHopsRoute(hops):
    n = len(hops)
    parent = {0: None}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        for j in range(i + 1, min(n - 1, i + hops[i]) + 1):
            if j not in parent:
                parent[j] = i
                queue.append(j)
    if n - 1 not in parent:
        return []
    route = [n - 1]
    while parent[route[-1]] is not None:
        route.append(parent[route[-1]])
    return route[::-1]
