from collections import deque


class TreeCodec:
    """Level order with `null` for a missing child, space separated; read back with a
    queue of nodes waiting for their two children."""

    def serialize(self, root):
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("null")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return " ".join(out)

    def deserialize(self, data):
        tokens = data.split()
        if tokens[0] == "null":
            return None
        root = TreeNode(int(tokens[0]))
        waiting = deque([root])
        i = 1
        while waiting:
            node = waiting.popleft()
            for side in ("left", "right"):
                token = tokens[i]
                i += 1
                if token != "null":
                    child = TreeNode(int(token))
                    setattr(node, side, child)
                    waiting.append(child)
        return root
