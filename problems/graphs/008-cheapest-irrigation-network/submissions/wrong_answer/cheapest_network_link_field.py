# bug: union points field a itself at b's root instead of pointing a's root, which cuts a away from its group, so extra channels get dug and paid for; fails sample 1
# fails on: {"n": 3, "channels": [[0, 1, 1], [0, 2, 1], [1, 2, 1]]}
# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    total = 0
    joined = 0
    for a, b, cost in sorted(channels, key=lambda c: c[2]):
        rb = find(b)
        if find(a) != rb:
            parent[a] = rb
            total += cost
            joined += 1
    return total if joined >= n - 1 else -1
