"""Binary search over the cells in reading order, without flattening the grid.

Cell k of the reading order (0-based) is grid[k // n][k % n], so the grid behaves like
one sorted list of m * n values. For each query, find the first cell whose value is
>= q; q is present exactly when that cell exists and holds q.

Time O(q log(m n)); extra space O(1) besides the returned list.
"""


def locateAll(grid: list[list[int]], queries: list[int]) -> list[list[int]]:
    m, n = len(grid), len(grid[0])
    cells = m * n
    answers = []
    for q in queries:
        lo, hi = 0, cells
        while lo < hi:
            mid = (lo + hi) // 2
            if grid[mid // n][mid % n] < q:
                lo = mid + 1
            else:
                hi = mid
        if lo < cells and grid[lo // n][lo % n] == q:
            answers.append([lo // n, lo % n])
        else:
            answers.append([-1, -1])
    return answers
