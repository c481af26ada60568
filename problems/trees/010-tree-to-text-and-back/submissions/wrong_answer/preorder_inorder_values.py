# bug: writes only the pre-order and in-order values and rebuilds from them, which is ambiguous once values repeat (passes the samples)
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[1, 1]], [{"result_of": 1}]]}
# origin: independent
class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        pre, ino = [], []

        def walk(node):
            if node is None:
                return
            pre.append(str(node.val))
            walk(node.left)
            ino.append(str(node.val))
            walk(node.right)

        walk(root)
        return ",".join(pre) + "|" + ",".join(ino)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        left_text, right_text = data.split("|")
        pre = [int(t) for t in left_text.split(",") if t]
        ino = [int(t) for t in right_text.split(",") if t]
        nxt = 0

        def build(lo, hi):
            nonlocal nxt
            if lo > hi:
                return None
            val = pre[nxt]
            nxt += 1
            mid = ino.index(val, lo, hi + 1)
            node = TreeNode(val)
            node.left = build(lo, mid - 1)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(ino) - 1)
