# bug: rejects a goal that is not in words before checking start == goal, so a game that is already won gives -1 instead of 0 (passes all samples)
# fails on: {"start": "ab", "goal": "ab", "words": []}
# origin: independent
from collections import deque


def fewestChanges(start: str, goal: str, words: List[str]) -> int:
    allowed = set(words)
    if goal not in allowed:
        return -1
    if start == goal:
        return 0
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in allowed and nxt not in seen:
                    if nxt == goal:
                        return moves + 1
                    seen.add(nxt)
                    queue.append((nxt, moves + 1))
    return -1
