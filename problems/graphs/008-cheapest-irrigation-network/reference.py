"""Kruskal's algorithm: channels by increasing cost, kept when they join two parts.

A union-find structure tells whether a channel's fields are already connected. The
cheapest channel across any split of the fields is always safe to take, so the greedy
choice builds a minimum spanning tree; fewer than n - 1 channels taken means the fields
cannot all be connected.

Time O(m log m); extra space O(n + m).
"""


def cheapestNetwork(n: int, channels: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 1
    for a, b, cost in sorted(channels, key=lambda ch: ch[2]):
        if joined == n:
            break
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            joined += 1
    return total if joined == n else -1
