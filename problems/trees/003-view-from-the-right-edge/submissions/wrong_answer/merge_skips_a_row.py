# bug: when the left side is deeper, the slice that adds its extra rows starts one row too late (fails samples 1 and 2)
# fails on: {"root": [1, 2]}
# origin: independent
def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    if root is None:
        return []
    right = rightEdgeView(root.right)
    left = rightEdgeView(root.left)
    return [root.val] + right + left[len(right) + 1:]
