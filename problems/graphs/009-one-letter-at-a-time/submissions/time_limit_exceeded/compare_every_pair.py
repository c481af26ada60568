# slow: O(N^2 L): builds the neighbour lists by comparing every pair of allowed words letter by letter, then runs BFS
from collections import deque


def fewestChanges(start, goal, words):
    if start == goal:
        return 0
    nodes = list(dict.fromkeys([start] + list(words)))
    if goal not in nodes:
        return -1
    adj = [[] for _ in nodes]
    for i in range(len(nodes)):
        a = nodes[i]
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            diff = 0
            for x, y in zip(a, b):
                if x != y:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                adj[i].append(j)
                adj[j].append(i)
    target = nodes.index(goal)
    dist = [-1] * len(nodes)
    dist[0] = 0
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i == target:
            return dist[i]
        for j in adj[i]:
            if dist[j] < 0:
                dist[j] = dist[i] + 1
                queue.append(j)
    return -1
