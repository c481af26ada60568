class Solution:
    def canonicalPath(self, path: str) -> str:
        """Scan character by character, cutting a piece at each slash."""
        stack: List[str] = []
        piece = []
        for ch in path + "/":
            if ch != "/":
                piece.append(ch)
                continue
            name = "".join(piece)
            piece.clear()
            if name == "..":
                if stack:
                    stack.pop()
            elif name not in ("", "."):
                stack.append(name)
        return "/" + "/".join(stack)
