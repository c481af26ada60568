"""Pre-order with a marker for every missing child, tokens separated by commas.

serialize: an explicit stack (right pushed before left) writes the pre-order walk, `#`
for an empty subtree. deserialize: the tokens are read in order; each number becomes a
node whose left and then right child slots are filled by the tokens that follow, kept as
a stack of open slots. Both O(n) time and space, whatever the depth.
"""


class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out: list[str] = []
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
        holder = TreeNode()
        slots = [(holder, "left")]  # open child slots, the next one to fill on top
        for token in tokens:
            parent, side = slots.pop()
            if token == "#":
                continue
            node = TreeNode(int(token))
            setattr(parent, side, node)
            slots.append((node, "right"))
            slots.append((node, "left"))
        return holder.left
