class Solution:
    def sameAfterBackspaces(self, s: str, t: str) -> bool:
        """Walk both logs from the end; O(1) extra space."""

        def next_kept(log: str, i: int) -> int:
            # index of the next character (at or left of i) that survives, or -1
            skip = 0
            while i >= 0:
                if log[i] == "#":
                    skip += 1
                elif skip:
                    skip -= 1
                else:
                    return i
                i -= 1
            return -1

        i, j = len(s) - 1, len(t) - 1
        while True:
            i, j = next_kept(s, i), next_kept(t, j)
            if i < 0 or j < 0:
                return i < 0 and j < 0
            if s[i] != t[j]:
                return False
            i -= 1
            j -= 1
