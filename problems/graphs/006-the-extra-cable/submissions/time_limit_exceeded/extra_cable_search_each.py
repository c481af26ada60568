# slow: O(n^2): before adding each cable, runs a fresh depth-first search over the cables added so far to see if its ends are already connected
# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    n = len(cables)
    graph = [[] for _ in range(n + 1)]
    for a, b in cables:
        seen = {a}
        stack = [a]
        while stack:
            node = stack.pop()
            for nxt in graph[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if b in seen:
            return [a, b]
        graph[a].append(b)
        graph[b].append(a)
    return []
