# bug: writes the compact level order (no slots under a missing node) but reads it as a heap array, children of position i at 2i+1 and 2i+2, so nodes below a gap land in the wrong place or vanish
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[1, null, 2, 3]], [{"result_of": 1}]]}
from collections import deque


class TreeCodec:
    def serialize(self, root):
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("#")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        while out and out[-1] == "#":
            out.pop()
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        tokens = data.split(",")
        nodes = [None if t == "#" else TreeNode(int(t)) for t in tokens]
        for i, node in enumerate(nodes):
            if node is None:
                continue
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
