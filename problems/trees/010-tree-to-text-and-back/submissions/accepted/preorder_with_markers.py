class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
                continue
            out.append(str(node.val))
            stack.append(node.right)
            stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        stack = [[root, False]]
        for tok in tokens[1:]:
            child = None if tok == "#" else TreeNode(int(tok))
            top = stack[-1]
            if not top[1]:
                top[0].left = child
                top[1] = True
            else:
                top[0].right = child
                stack.pop()
            if child is not None:
                stack.append([child, False])
        return root
