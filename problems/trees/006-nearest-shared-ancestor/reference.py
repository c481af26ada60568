"""Breadth-first with parent indices, then climb.

The walk records every node and the index of its parent, and stops once it has met both
p and q (their ancestors were all met before them). All ancestors of p, p included, are
marked; climbing from q, the first marked node is the lowest shared ancestor (q itself
when it lies above p). O(n) time, O(n) space.
"""


def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    nodes = [root]
    parent = [-1]
    at_p = at_q = -1
    i = 0
    while at_p < 0 or at_q < 0:
        node = nodes[i]
        if node is p:
            at_p = i
        if node is q:
            at_q = i
        if node.left is not None:
            nodes.append(node.left)
            parent.append(i)
        if node.right is not None:
            nodes.append(node.right)
            parent.append(i)
        i += 1
    marked = bytearray(len(nodes))
    j = at_p
    while j >= 0:
        marked[j] = 1
        j = parent[j]
    j = at_q
    while not marked[j]:
        j = parent[j]
    return nodes[j]
