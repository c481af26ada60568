"""Dijkstra on squares, where the cost of a route is its highest square.

best[s] is the lowest summit of any route from the start to s found so far; stepping
from s to a neighbour t gives summit max(best[s], height of t). That cost never goes
down along a route, so the heap settles squares in order of their true lowest summit,
and the goal's cost when it is popped is the answer.

Time O(r c log(r c)); extra space O(r c).
"""

import heapq


def lowestSummit(terrain: list[list[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])
    goal = rows * cols - 1
    flat = [h for row in terrain for h in row]
    best = [-1] * (rows * cols)
    best[0] = flat[0]
    heap = [(flat[0], 0)]
    done = [False] * (rows * cols)
    while heap:
        summit, s = heapq.heappop(heap)
        if s == goal:
            return summit
        if done[s]:
            continue
        done[s] = True
        r, c = divmod(s, cols)
        for t, ok in ((s - cols, r > 0), (s + cols, r < rows - 1), (s - 1, c > 0), (s + 1, c < cols - 1)):
            if ok and not done[t]:
                h = flat[t] if flat[t] > summit else summit
                if best[t] < 0 or h < best[t]:
                    best[t] = h
                    heapq.heappush(heap, (h, t))
    return -1
