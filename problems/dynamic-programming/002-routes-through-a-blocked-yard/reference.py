"""Row by row, one row of counts.

ways[j] holds the number of routes to cell (i, j) of the current row. A free cell is
entered from above (ways[j] of the previous row, still in place) or from the left
(ways[j - 1], already updated for this row); a crate gets 0. Counts are kept modulo
10^9 + 7.

Time O(r * c); extra space O(c).
"""

MOD = 1_000_000_007


def countRoutes(yard: list[list[int]]) -> int:
    cols = len(yard[0])
    ways = [0] * cols
    ways[0] = 1
    for row in yard:
        for j in range(cols):
            if row[j]:
                ways[j] = 0
            elif j:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[-1]
