"""Two values per vault, computed children first (post-order, without recursion).

For each node: take = its gold + the `skip` values of its children (they stay shut);
skip = the sum over its children of max(take, skip) (each child is free to choose).
Nodes are numbered in breadth-first order, with each node's child numbers recorded as
they are found; walking the numbers backwards visits every child before its parent.
Number n stands for a missing child, worth 0 either way.

Time O(n); extra space O(n).
"""


def bestHaul(root) -> int:
    if root is None:
        return 0
    order = [root]
    kids = []  # (left number, right number) of each node, in breadth-first order
    for node in order:  # the list grows while it is walked
        pair = []
        for child in (node.left, node.right):
            if child is None:
                pair.append(-1)
            else:
                pair.append(len(order))
                order.append(child)
        kids.append(pair)
    n = len(order)
    take = [0] * (n + 1)
    skip = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        left, right = kids[i]
        if left < 0:
            left = n
        if right < 0:
            right = n
        take[i] = order[i].val + skip[left] + skip[right]
        skip[i] = max(take[left], skip[left]) + max(take[right], skip[right])
    return max(take[0], skip[0])
