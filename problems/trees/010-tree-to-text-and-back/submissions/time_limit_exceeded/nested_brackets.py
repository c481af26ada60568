# slow: O(n*h): builds nested "val(left)(right)" strings by concatenation and rescans each left part to find its closing bracket
class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        if root is None:
            return ""
        return str(root.val) + "(" + self.serialize(root.left) + ")(" + self.serialize(root.right) + ")"

    def deserialize(self, data: str) -> Optional[TreeNode]:
        return self._parse(data, 0, len(data))

    def _parse(self, s, lo, hi):
        if lo >= hi:
            return None
        i = lo
        while s[i] != "(":
            i += 1
        node = TreeNode(int(s[lo:i]))
        depth = 0
        j = i
        while True:
            if s[j] == "(":
                depth += 1
            elif s[j] == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        node.left = self._parse(s, i + 1, j)
        node.right = self._parse(s, j + 2, hi - 1)
        return node
