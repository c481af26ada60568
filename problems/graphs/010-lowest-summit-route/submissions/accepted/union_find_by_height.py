# Union-find: add squares from the lowest up, joining each to its already-added
# neighbours; the height at which start and goal first share a root is the answer.
class Solution:
    def lowestSummit(self, terrain):
        rows, cols = len(terrain), len(terrain[0])
        total = rows * cols
        flat = [h for row in terrain for h in row]
        parent = list(range(total))
        added = [False] * total

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for s in sorted(range(total), key=flat.__getitem__):
            added[s] = True
            r, c = divmod(s, cols)
            for t, ok in ((s - cols, r > 0), (s + cols, r + 1 < rows), (s - 1, c > 0), (s + 1, c + 1 < cols)):
                if ok and added[t]:
                    a, b = find(s), find(t)
                    if a != b:
                        parent[a] = b
            if added[0] and added[total - 1] and find(0) == find(total - 1):
                return flat[s]
        return -1
