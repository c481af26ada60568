# bug: tries replacement letters with range(ord("a"), ord("z")), which stops before "z", so no move ever writes a "z" (passes all samples)
# fails on: {"start": "a", "goal": "z", "words": ["z"]}
# origin: independent
from collections import deque


def fewestChanges(start: str, goal: str, words: List[str]) -> int:
    if start == goal:
        return 0
    allowed = set(words)
    if goal not in allowed:
        return -1
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            for code in range(ord("a"), ord("z")):
                nxt = word[:i] + chr(code) + word[i + 1:]
                if nxt in allowed and nxt not in seen:
                    if nxt == goal:
                        return moves + 1
                    seen.add(nxt)
                    queue.append((nxt, moves + 1))
    return -1
