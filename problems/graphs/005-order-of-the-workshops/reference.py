"""Kahn's algorithm: repeatedly take a workshop that no remaining rule holds back.

Count the rules pointing into each workshop, start with the workshops that have none,
and whenever one is placed, release the workshops it held back. If a cycle exists, the
workshops on it never reach a count of zero and the order comes out short: return [].

Time O(n + m); extra space O(n + m).
"""

from collections import deque


def workshopOrder(n: int, rules: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    ready = deque(w for w in range(n) if waiting[w] == 0)
    order = []
    while ready:
        w = ready.popleft()
        order.append(w)
        for nxt in after[w]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == n else []
