class Solution:
    def longestDistinctRun(self, s: str) -> int:
        """Window as a set: drop characters from the left until the new one is no longer inside."""
        inside = set()
        left = best = 0
        for right, ch in enumerate(s):
            while ch in inside:
                inside.remove(s[left])
                left += 1
            inside.add(ch)
            best = max(best, right - left + 1)
        return best
