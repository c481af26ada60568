# bug: trims the level-order list with `while vals and not vals[-1]`, which also drops trailing nodes whose value is 0 (passes the samples)
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[1, 0]], [{"result_of": 1}]]}
# origin: independent
from collections import deque


class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        vals = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node:
                vals.append(node.val)
                queue.append(node.left)
                queue.append(node.right)
            else:
                vals.append(None)
        while vals and not vals[-1]:
            vals.pop()
        return ",".join("#" if v is None else str(v) for v in vals)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        vals = [None if t == "#" else int(t) for t in data.split(",")]
        root = TreeNode(vals[0])
        queue = deque([root])
        i = 1
        while queue and i < len(vals):
            node = queue.popleft()
            if vals[i] is not None:
                node.left = TreeNode(vals[i])
                queue.append(node.left)
            i += 1
            if i < len(vals) and vals[i] is not None:
                node.right = TreeNode(vals[i])
                queue.append(node.right)
            i += 1
        return root
