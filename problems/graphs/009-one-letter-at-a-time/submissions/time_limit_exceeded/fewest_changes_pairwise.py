# slow: O(N^2 L): for every word taken off the queue, compares it letter by letter with every allowed word
# origin: independent
from collections import deque


def fewestChanges(start: str, goal: str, words: List[str]) -> int:
    if start == goal:
        return 0
    if goal not in words:
        return -1

    def one_apart(a, b):
        diff = 0
        for x, y in zip(a, b):
            if x != y:
                diff += 1
                if diff > 1:
                    return False
        return diff == 1

    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for other in words:
            if other not in seen and one_apart(word, other):
                if other == goal:
                    return moves + 1
                seen.add(other)
                queue.append((other, moves + 1))
    return -1
