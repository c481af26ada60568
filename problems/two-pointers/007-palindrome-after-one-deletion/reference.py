"""Opposite-ends two pointers with one branch at the first mismatch.

Walk inward while the two ends match. At the first mismatching pair one of its two
characters has to be deleted, so the answer is whether the window without the left
one or the window without the right one is a palindrome.

Time O(n), extra space O(1).
"""


def _is_palindrome(s: str, lo: int, hi: int) -> bool:
    while lo < hi:
        if s[lo] != s[hi]:
            return False
        lo += 1
        hi -= 1
    return True


def almostPalindrome(s: str) -> bool:
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            return _is_palindrome(s, lo + 1, hi) or _is_palindrome(s, lo, hi - 1)
        lo += 1
        hi -= 1
    return True
