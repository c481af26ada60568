# bug: reads children in pairs only while a full pair is left, so a last lone left child (its right None was trimmed) is dropped (passes the samples)
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[1, 2]], [{"result_of": 1}]]}
# origin: independent
from collections import deque


class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        vals = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                vals.append("#")
                continue
            vals.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        while vals and vals[-1] == "#":
            vals.pop()
        return ",".join(vals)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        vals = data.split(",")
        root = TreeNode(int(vals[0]))
        queue = deque([root])
        i = 1
        while i + 1 < len(vals):
            node = queue.popleft()
            if vals[i] != "#":
                node.left = TreeNode(int(vals[i]))
                queue.append(node.left)
            if vals[i + 1] != "#":
                node.right = TreeNode(int(vals[i + 1]))
                queue.append(node.right)
            i += 2
        return root
