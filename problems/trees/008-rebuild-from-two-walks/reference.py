"""Pre-order gives the roots in the order they are needed; in-order splits each range.

Iterative over explicit frames (in-order range lo..hi, and where to attach the node), so
depth does not matter. A map from value to in-order position finds each root in O(1).
O(n) time, O(n) space.
"""


def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    where = {value: i for i, value in enumerate(inorder)}
    holder = TreeNode()  # holder.left receives the root
    next_root = 0
    # (lo, hi, parent, side): build the subtree of in-order range lo..hi-1 and hang it on
    # parent's side; the frames run in pre-order (left subtree before right subtree)
    frames = [(0, len(inorder), holder, "left")]
    while frames:
        lo, hi, parent, side = frames.pop()
        if lo >= hi:
            continue
        value = preorder[next_root]
        next_root += 1
        node = TreeNode(value)
        setattr(parent, side, node)
        mid = where[value]
        frames.append((mid + 1, hi, node, "right"))
        frames.append((lo, mid, node, "left"))
    return holder.left
