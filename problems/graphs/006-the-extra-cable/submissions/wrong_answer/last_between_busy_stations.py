# bug: guesses that the loop cable is the last one whose two stations both have two or more cables, which also matches cables on the path between a loop and a branch
# fails on: {"cables": [[1, 2], [2, 3], [3, 1], [3, 4], [4, 5]]}
def extraCable(cables):
    degree = {}
    for a, b in cables:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    for a, b in reversed(cables):
        if degree[a] >= 2 and degree[b] >= 2:
            return [a, b]
    return []
