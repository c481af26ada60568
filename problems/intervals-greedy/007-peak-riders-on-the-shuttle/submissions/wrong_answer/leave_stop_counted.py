# bug: counts a group as still on board at its leave stop (board <= stop <= leave), double counting hand-overs (fails sample 2)
# fails on: {"trips": [[0, 5, 6], [5, 10, 6]]}
# origin: independent
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    best = 0
    for stop in sorted({t[0] for t in trips}):
        load = sum(r for b, l, r in trips if b <= stop <= l)
        best = max(best, load)
    return best
