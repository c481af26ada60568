class Solution:
    def fillGrid(self, board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
        """Exact cover: every (cell), (row, number), (column, number) and (box, number)
        must be covered once; always branch on the requirement with the fewest options."""
        n = boxRows * boxCols
        options = {}
        for r in range(n):
            for c in range(n):
                b = r // boxRows * boxRows + c // boxCols
                for v in range(1, n + 1):
                    options[(r, c, v)] = [("cell", r, c), ("row", r, v), ("col", c, v), ("box", b, v)]
        need = {}
        for key, reqs in options.items():
            for q in reqs:
                need.setdefault(q, set()).add(key)

        def take(key):
            removed = []
            for q in options[key]:
                for other in need[q]:
                    for q2 in options[other]:
                        if q2 != q:
                            need[q2].discard(other)
                removed.append(need.pop(q))
            return removed

        def give_back(key, removed):
            for q in reversed(options[key]):
                need[q] = removed.pop()
                for other in need[q]:
                    for q2 in options[other]:
                        if q2 != q:
                            need[q2].add(other)

        chosen = []
        for r in range(n):
            for c in range(n):
                v = board[r][c]
                if v:
                    key = (r, c, v)
                    if any(q not in need or key not in need[q] for q in options[key]):
                        return []
                    take(key)
                    chosen.append(key)

        def search():
            if not need:
                return True
            q = min(need, key=lambda k: len(need[k]))
            for key in list(need[q]):
                removed = take(key)
                chosen.append(key)
                if search():
                    return True
                chosen.pop()
                give_back(key, removed)
            return False

        if not search():
            return []
        grid = [[0] * n for _ in range(n)]
        for r, c, v in chosen:
            grid[r][c] = v
        return grid
