class Solution:
    def floorByFloor(self, root):
        # pre-order, left before right: on every floor, nodes are met left to right
        floors = []
        stack = [(root, 0)] if root is not None else []
        while stack:
            node, depth = stack.pop()
            if depth == len(floors):
                floors.append([])
            floors[depth].append(node.val)
            if node.right is not None:
                stack.append((node.right, depth + 1))
            if node.left is not None:
                stack.append((node.left, depth + 1))
        return floors
