# slow: O(n * m): every cable that joins two networks relabels by scanning all n machines
# origin: independent
def countNetworks(n: int, cables: List[List[int]]) -> int:
    label = list(range(n))
    networks = n
    for a, b in cables:
        old, new = label[a], label[b]
        if old == new:
            continue
        for i in range(n):
            if label[i] == old:
                label[i] = new
        networks -= 1
    return networks
