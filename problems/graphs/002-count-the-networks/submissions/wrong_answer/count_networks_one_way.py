# bug: stores each cable only as a -> b, so a search started at b's side never follows it back and one network is counted twice (passes all samples)
# fails on: {"n": 2, "cables": [[1, 0]]}
# origin: independent
def countNetworks(n: int, cables: List[List[int]]) -> int:
    graph = [[] for _ in range(n)]
    for a, b in cables:
        graph[a].append(b)
    seen = [False] * n
    networks = 0
    for start in range(n):
        if seen[start]:
            continue
        networks += 1
        seen[start] = True
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in graph[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    stack.append(nxt)
    return networks
