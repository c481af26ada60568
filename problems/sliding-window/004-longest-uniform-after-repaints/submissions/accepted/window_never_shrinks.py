class Solution:
    def longestUniformStretch(self, s: str, k: int) -> int:
        """The window only grows or slides; its final length is the answer."""
        codes = s.encode("ascii")
        counts = [0] * 91
        top = left = 0
        for right, c in enumerate(codes):
            counts[c] += 1
            if counts[c] > top:
                top = counts[c]
            elif right - left >= top + k:  # one letter too many: slide instead of growing
                counts[codes[left]] -= 1
                left += 1
        return len(codes) - left
