# bug: tells values from the missing-child marker with str.isdigit(), which is False for negative numbers, so negative nodes are read back as missing (fails sample 1)
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[-1]], [{"result_of": 1}]]}
# origin: independent
class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []

        def walk(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return " ".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = iter(data.split())

        def build():
            tok = next(tokens)
            if not tok.isdigit():
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()
