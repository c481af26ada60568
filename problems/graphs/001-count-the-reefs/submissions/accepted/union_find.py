# Union-find over coral squares: join each square with its coral neighbour to the right
# and below; the reefs are the roots left.
def countReefs(chart):
    rows, cols = len(chart), len(chart[0])
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reefs = 0
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] != 1:
                continue
            reefs += 1
            s = r * cols + c
            for t, ok in ((s + 1, c + 1 < cols), (s + cols, r + 1 < rows)):
                if ok and chart[t // cols][t % cols] == 1:
                    a, b = find(s), find(t)
                    if a != b:
                        parent[a] = b
                        reefs -= 1
    return reefs
