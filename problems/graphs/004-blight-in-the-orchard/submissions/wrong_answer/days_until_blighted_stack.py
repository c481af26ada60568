# bug: pops the most recently found tree (a stack, not a queue), so a tree can be stamped with a later night than the one it really falls sick on; fails sample 2
# fails on: {"orchard": [[1, 1], [2, 2]]}
# origin: independent
def daysUntilBlighted(orchard: List[List[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    todo = []
    healthy = 0
    for i in range(rows):
        for j in range(cols):
            if orchard[i][j] == 2:
                todo.append((i, j, 0))
            elif orchard[i][j] == 1:
                healthy += 1
    nights = 0
    while todo:
        r, c, t = todo.pop()
        nights = max(nights, t)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and orchard[nr][nc] == 1:
                orchard[nr][nc] = 2
                healthy -= 1
                todo.append((nr, nc, t + 1))
    return nights if healthy == 0 else -1
