class Solution:
    def almostPalindrome(self, s: str) -> bool:
        # Same idea, but the two remaining windows are compared with slices.
        lo, hi = 0, len(s) - 1
        while lo < hi and s[lo] == s[hi]:
            lo += 1
            hi -= 1
        if lo >= hi:
            return True
        skip_left = s[lo + 1 : hi + 1]
        skip_right = s[lo:hi]
        return skip_left == skip_left[::-1] or skip_right == skip_right[::-1]
