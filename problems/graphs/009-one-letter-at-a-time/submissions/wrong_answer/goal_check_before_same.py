# bug: rejects a goal that is not in the list before noticing that start and goal are already the same word
# fails on: {"start": "ab", "goal": "ab", "words": []}
from collections import deque


def fewestChanges(start, goal, words):
    allowed = set(words)
    if goal not in allowed:
        return -1
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        w, d = queue.popleft()
        if w == goal:
            return d
        for i in range(len(w)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                v = w[:i] + c + w[i + 1 :]
                if v in allowed and v not in seen:
                    seen.add(v)
                    queue.append((v, d + 1))
    return -1
