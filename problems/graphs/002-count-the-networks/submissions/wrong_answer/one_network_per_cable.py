# bug: assumes every cable merges two networks, so repeated cables, loops and cables inside a network lower the count too far
# fails on: {"n": 3, "cables": [[0, 1], [1, 0]]}
def countNetworks(n, cables):
    return max(1, n - len(cables))
