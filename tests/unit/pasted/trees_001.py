# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def longestUnivaluePath(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        best = 1
        order, parent = [root], {root: None}
        for node in order:
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    order.append(child)
        arm = {}
        for node in reversed(order):
            left = arm.get(node.left, 0) if node.left and node.left.val == node.val else 0
            right = arm.get(node.right, 0) if node.right and node.right.val == node.val else 0
            best = max(best, left + right + 1)
            arm[node] = max(left, right) + 1
        return best
