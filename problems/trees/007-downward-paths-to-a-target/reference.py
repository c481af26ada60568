"""Running sums from the root with a counter of the sums above the current node.

A downward path ending at a node with running sum s, starting below an ancestor (or the
empty start above the root) with running sum s - target, sums to target. The counter
holds exactly the running sums on the current root-to-node line: a sum is added when the
walk enters a node and removed when it leaves (a `None` on the stack marks the leaving).
Iterative, so depth does not matter. O(n) time, O(h) space.
"""


def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    above = {0: 1}  # running sums on the line above, with multiplicity
    total = 0
    nodes = [root] if root is not None else []
    sums = [0]  # beside each entry of nodes: the running sum above it (or, for None, to remove)
    while nodes:
        node = nodes.pop()
        before = sums.pop()
        if node is None:
            count = above[before]
            if count == 1:
                del above[before]
            else:
                above[before] = count - 1
            continue
        here = before + node.val
        total += above.get(here - target, 0)
        above[here] = above.get(here, 0) + 1
        nodes.append(None)
        sums.append(here)
        if node.right is not None:
            nodes.append(node.right)
            sums.append(here)
        if node.left is not None:
            nodes.append(node.left)
            sums.append(here)
    return total
