# Peel leaves: repeatedly remove stations with one cable; what is left is exactly the
# loop. Return the loop cable that comes last in the list.
class Solution:
    def extraCable(self, cables):
        n = len(cables)
        degree = [0] * (n + 1)
        adj = [[] for _ in range(n + 1)]
        for a, b in cables:
            degree[a] += 1
            degree[b] += 1
            adj[a].append(b)
            adj[b].append(a)
        leaves = [v for v in range(1, n + 1) if degree[v] == 1]
        while leaves:
            v = leaves.pop()
            degree[v] = 0
            for w in adj[v]:
                if degree[w] > 1:
                    degree[w] -= 1
                    if degree[w] == 1:
                        leaves.append(w)
        for a, b in reversed(cables):
            if degree[a] > 1 and degree[b] > 1:
                return [a, b]
        return []
