# bug: only walks machines that appear in some cable, forgetting that a machine with no cable is a network on its own; fails all three samples
# fails on: {"n": 2, "cables": []}
# origin: independent
from collections import defaultdict


def countNetworks(n: int, cables: List[List[int]]) -> int:
    graph = defaultdict(set)
    for a, b in cables:
        graph[a].add(b)
        graph[b].add(a)
    seen = set()
    networks = 0
    for start in list(graph):
        if start in seen:
            continue
        networks += 1
        seen.add(start)
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in graph[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return networks
