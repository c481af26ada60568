# bug: the reader tests the parsed value for truth instead of comparing the token with the marker, so a node holding 0 comes back as a missing child (and the tokens after it are misread)
# fails on: {"ops": ["TreeCodec", "serialize", "deserialize"], "args": [[], [[5, 0]], [{"result_of": 1}]]}
class TreeCodec:
    def serialize(self, root):
        out = []

        def write(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            write(node.left)
            write(node.right)

        write(root)
        return " ".join(out)

    def deserialize(self, data):
        values = iter([None if t == "#" else int(t) for t in data.split()])

        def read():
            value = next(values)
            if not value:
                return None
            node = TreeNode(value)
            node.left = read()
            node.right = read()
            return node

        return read()
