# slow: O((r c)^2): gives every coral square its own label, then sweeps the whole grid again and again pulling in the smallest neighbour label until nothing changes (a winding reef needs ~r*c sweeps)
# origin: independent
def countReefs(chart: List[List[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    label = [[-1] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] == 1:
                label[i][j] = i * cols + j
    changed = True
    while changed:
        changed = False
        for i in range(rows):
            for j in range(cols):
                if label[i][j] < 0:
                    continue
                best = label[i][j]
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < rows and 0 <= nj < cols and label[ni][nj] >= 0:
                        best = min(best, label[ni][nj])
                if best < label[i][j]:
                    label[i][j] = best
                    changed = True
    seen = set()
    for i in range(rows):
        for j in range(cols):
            if label[i][j] >= 0:
                seen.add(label[i][j])
    return len(seen)
