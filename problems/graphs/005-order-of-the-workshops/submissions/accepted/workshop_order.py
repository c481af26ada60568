# origin: independent
from collections import deque


def workshopOrder(n: int, rules: List[List[int]]) -> List[int]:
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in rules:
        after[a].append(b)
        indegree[b] += 1
    queue = deque(i for i in range(n) if indegree[i] == 0)
    order = []
    while queue:
        cur = queue.popleft()
        order.append(cur)
        for nxt in after[cur]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == n else []
