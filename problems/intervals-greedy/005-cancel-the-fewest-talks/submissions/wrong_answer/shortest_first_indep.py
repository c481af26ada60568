# bug: greedy keeps the shortest talks first, which is not optimal when a short talk straddles two longer compatible ones
# fails on: {"talks": [[0, 4], [3, 6], [5, 9]]}
# origin: independent
from typing import List


def fewestCancellations(talks: List[List[int]]) -> int:
    chosen = []
    for start, end in sorted(talks, key=lambda t: t[1] - t[0]):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return len(talks) - len(chosen)
