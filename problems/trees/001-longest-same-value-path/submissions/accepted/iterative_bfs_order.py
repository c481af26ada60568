class Solution:
    def longestSameValuePath(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        # breadth-first order: every parent comes before its children
        nodes = [root]
        parent = [-1]
        is_left = [False]
        for i, node in enumerate(nodes):
            if node.left:
                nodes.append(node.left)
                parent.append(i)
                is_left.append(True)
            if node.right:
                nodes.append(node.right)
                parent.append(i)
                is_left.append(False)
        n = len(nodes)
        left_arm = [0] * n   # same-value chain hanging below each node's left child
        right_arm = [0] * n
        best = 0
        for i in range(n - 1, -1, -1):  # children before parents
            left, right = left_arm[i], right_arm[i]
            if 1 + left + right > best:
                best = 1 + left + right
            p = parent[i]
            if p >= 0 and nodes[p].val == nodes[i].val:
                down = 1 + (left if left > right else right)
                if is_left[i]:
                    left_arm[p] = down
                else:
                    right_arm[p] = down
        return best
