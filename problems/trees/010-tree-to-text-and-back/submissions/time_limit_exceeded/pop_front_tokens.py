# slow: O(n^2): every token is taken off the front of a list with pop(0), which shifts the rest
class TreeCodec:
    def serialize(self, root):
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        tokens = data.split(",")
        holder = TreeNode()
        slots = [(holder, "left")]
        while tokens:
            token = tokens.pop(0)
            parent, side = slots.pop()
            if token != "#":
                node = TreeNode(int(token))
                setattr(parent, side, node)
                slots.append((node, "right"))
                slots.append((node, "left"))
        return holder.left
