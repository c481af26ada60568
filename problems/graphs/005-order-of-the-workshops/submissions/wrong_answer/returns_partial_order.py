# bug: never checks that every workshop was placed, so with a cycle it returns the workshops it could place instead of []
# fails on: {"n": 3, "rules": [[1, 2], [2, 1]]}
from collections import deque


def workshopOrder(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    ready = deque(w for w in range(n) if waiting[w] == 0)
    order = []
    while ready:
        w = ready.popleft()
        order.append(w)
        for x in after[w]:
            waiting[x] -= 1
            if waiting[x] == 0:
                ready.append(x)
    return order
