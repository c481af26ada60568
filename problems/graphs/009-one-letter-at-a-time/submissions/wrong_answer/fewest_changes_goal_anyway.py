# bug: declares victory when a one-letter change produces goal, before checking that goal is an allowed word; fails sample 2
# fails on: {"start": "a", "goal": "b", "words": []}
# origin: independent
from collections import deque


def fewestChanges(start: str, goal: str, words: List[str]) -> int:
    if start == goal:
        return 0
    allowed = set(words)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + ch + word[i + 1:]
                if nxt == goal:
                    return moves + 1
                if nxt in allowed and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, moves + 1))
    return -1
