"""Breadth-first search over words, with neighbours found through wildcard patterns.

Every word of length L has L patterns, one per blanked-out position ("c_t"). Two words
differ in exactly one position when they share a pattern, so a bucket per pattern lists
all neighbours at once. Each bucket is emptied after its first use: every word in it has
been queued then, so it never needs to be scanned again.

Time O(N L^2) (N words, L patterns each, each pattern built in O(L)); space O(N L^2).
"""

from collections import defaultdict, deque


def fewestChanges(start: str, goal: str, words: list[str]) -> int:
    if start == goal:
        return 0
    allowed = set(words)
    if goal not in allowed:
        return -1
    buckets: dict[str, list[str]] = defaultdict(list)
    for w in allowed:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1 :]].append(w)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            key = word[:i] + "_" + word[i + 1 :]
            for nxt in buckets.pop(key, ()):
                if nxt in seen:
                    continue
                if nxt == goal:
                    return moves + 1
                seen.add(nxt)
                queue.append((nxt, moves + 1))
    return -1
