from functools import lru_cache


class Solution:
    def mirrorCuts(self, s: str) -> List[List[str]]:
        """Every cut of the suffix starting at i, built from the cuts of shorter suffixes."""
        n = len(s)

        @lru_cache(maxsize=None)
        def cuts(i):
            if i == n:
                return [[]]
            out = []
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    out.extend([piece] + rest for rest in cuts(j))
            return out

        return cuts(0)
