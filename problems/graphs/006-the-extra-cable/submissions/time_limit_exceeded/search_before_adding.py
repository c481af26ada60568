# slow: O(n^2): before adding each cable, searches the network built so far to see whether its two ends are already connected
def extraCable(cables):
    n = len(cables)
    adj = [[] for _ in range(n + 1)]
    for a, b in cables:
        seen = {a}
        stack = [a]
        found = False
        while stack:
            x = stack.pop()
            if x == b:
                found = True
                break
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        if found:
            return [a, b]
        adj[a].append(b)
        adj[b].append(a)
    return []
