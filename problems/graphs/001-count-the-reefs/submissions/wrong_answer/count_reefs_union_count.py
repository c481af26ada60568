# bug: takes one off the count for every pair of touching coral squares, even when the two are already in the same reef, so a reef with a loop (a 2x2 block) is undercounted (passes all samples)
# fails on: {"chart": [[1, 1], [1, 1]]}
# origin: independent
def countReefs(chart: List[List[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] == 1:
                count += 1
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1:
                continue
            for ni, nj in ((i + 1, j), (i, j + 1)):
                if ni < rows and nj < cols and chart[ni][nj] == 1:
                    parent[find(i * cols + j)] = find(ni * cols + nj)
                    count -= 1
    return count
