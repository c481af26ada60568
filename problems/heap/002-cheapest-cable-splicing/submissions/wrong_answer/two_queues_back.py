# bug: two-queue merge compares the next original cable with the back of the queue of made cables instead of its front
# fails on: {"lengths": [3, 3, 1, 2, 2, 2, 1]}
# origin: independent
from collections import deque
from typing import List


def spliceCost(lengths: List[int]) -> int:
    pile = sorted(lengths)
    made = deque()
    i = 0

    def take():
        nonlocal i
        if i < len(pile) and (not made or pile[i] <= made[-1]):
            i += 1
            return pile[i - 1]
        return made.popleft()

    total = 0
    for _ in range(len(pile) - 1):
        joined = take() + take()
        total += joined
        made.append(joined)
    return total
