# bug: returns the number of words in the chain, start and goal included, instead of the number of moves
# fails on: {"start": "a", "goal": "b", "words": ["b"]}
from collections import deque


def fewestChanges(start, goal, words):
    if start == goal:
        return 1
    allowed = set(words)
    seen = {start}
    queue = deque([(start, 1)])
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
