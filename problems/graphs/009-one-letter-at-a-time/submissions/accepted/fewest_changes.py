# origin: independent
from collections import defaultdict, deque


def fewestChanges(start: str, goal: str, words: List[str]) -> int:
    if start == goal:
        return 0
    allowed = set(words)
    if goal not in allowed:
        return -1
    buckets = defaultdict(list)
    for word in allowed:
        for i in range(len(word)):
            buckets[word[:i] + "*" + word[i + 1:]].append(word)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            key = word[:i] + "*" + word[i + 1:]
            for nxt in buckets.pop(key, ()):
                if nxt in seen:
                    continue
                if nxt == goal:
                    return moves + 1
                seen.add(nxt)
                queue.append((nxt, moves + 1))
    return -1
