# collect the nodes in a Python list, reverse each full slice of k, relink (O(n) extra space)
def flipBlocks(head, k):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    full = len(nodes) - len(nodes) % k
    for start in range(0, full, k):
        nodes[start : start + k] = nodes[start : start + k][::-1]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes:
        nodes[-1].next = None
        return nodes[0]
    return None
