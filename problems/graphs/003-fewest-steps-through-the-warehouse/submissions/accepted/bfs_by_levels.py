# BFS level by level with a set of visited squares, counting levels until the goal appears.
class Solution:
    def fewestSteps(self, floor):
        rows, cols = len(floor), len(floor[0])
        if floor[0][0] or floor[-1][-1]:
            return -1
        goal = (rows - 1, cols - 1)
        frontier = [(0, 0)]
        seen = {(0, 0)}
        steps = 0
        while frontier:
            if goal in seen:
                return steps
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not floor[nr][nc] and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        nxt.append((nr, nc))
            frontier = nxt
            steps += 1
        return -1
