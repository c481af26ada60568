# Depth-first flood fill by recursion, sinking each reef as it is visited (the chart is
# changed in place, which the statement allows).
class Solution:
    def countReefs(self, chart):
        rows, cols = len(chart), len(chart[0])

        def sink(r, c):
            if r < 0 or r >= rows or c < 0 or c >= cols or chart[r][c] != 1:
                return
            chart[r][c] = 0
            sink(r + 1, c)
            sink(r - 1, c)
            sink(r, c + 1)
            sink(r, c - 1)

        count = 0
        for r in range(rows):
            for c in range(cols):
                if chart[r][c] == 1:
                    count += 1
                    sink(r, c)
        return count
