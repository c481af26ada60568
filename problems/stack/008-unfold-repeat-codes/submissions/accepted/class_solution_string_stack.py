class Solution:
    def unfoldCode(self, code: str) -> str:
        """Stack of (text before the group, count); the text so far is a list of pieces."""
        stack: List[tuple] = []
        pieces: List[str] = []
        count = 0
        for ch in code:
            if ch.isdigit():
                count = count * 10 + int(ch)
            elif ch == "[":
                stack.append((pieces, count))
                pieces, count = [], 0
            elif ch == "]":
                before, times = stack.pop()
                before.append("".join(pieces) * times)
                pieces = before
            else:
                pieces.append(ch)
        return "".join(pieces)
