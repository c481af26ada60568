class Solution:
    def isSearchTree(self, root):
        # The in-order walk must never decrease. Two equal neighbours p, v in it are fine
        # only when v lies in p's right subtree; the in-order successor of p lies there
        # exactly when p has a right child (otherwise v is an ancestor with p on its left).
        stack = []
        node = root
        before = None  # the node met just before in the in-order walk
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if before is not None:
                if node.val < before.val:
                    return False
                if node.val == before.val and before.right is None:
                    return False
            before = node
            node = node.right
        return True
