"""Union-find over the cables in the order given.

The loop's cables all have to be added before it closes, so the first cable whose ends
are already connected is the loop cable that comes last in the list.

Time O(n α(n)); extra space O(n).
"""


def extraCable(cables: list[list[int]]) -> list[int]:
    n = len(cables)
    parent = list(range(n + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
