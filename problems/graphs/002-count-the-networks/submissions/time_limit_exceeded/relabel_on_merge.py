# slow: O(n m): quick-find; every merge rewrites the label of every machine in the old network by scanning all n machines
def countNetworks(n, cables):
    label = list(range(n))
    count = n
    for a, b in cables:
        la, lb = label[a], label[b]
        if la == lb:
            continue
        for i in range(n):
            if label[i] == lb:
                label[i] = la
        count -= 1
    return count
