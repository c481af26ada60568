# bug: treats the start word like every other word and gives up when it is not in the list
# fails on: {"start": "cat", "goal": "cot", "words": ["cot"]}
from collections import deque


def fewestChanges(start, goal, words):
    allowed = set(words)
    if start not in allowed:
        return -1
    if start == goal:
        return 0
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
