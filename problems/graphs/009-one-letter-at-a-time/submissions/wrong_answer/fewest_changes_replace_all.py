# bug: builds the wildcard key with word.replace(word[i], "*"), which blanks every copy of that letter, not just position i, so words with a repeated letter get the wrong neighbours (passes all samples)
# fails on: {"start": "aa", "goal": "ab", "words": ["ab"]}
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
            buckets[word.replace(word[i], "*")].append(word)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            for nxt in buckets[word.replace(word[i], "*")]:
                if nxt not in seen:
                    if nxt == goal:
                        return moves + 1
                    seen.add(nxt)
                    queue.append((nxt, moves + 1))
    return -1
