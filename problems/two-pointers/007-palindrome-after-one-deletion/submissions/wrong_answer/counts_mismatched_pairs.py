# bug: counts mismatched mirror pairs and allows one, which answers "can one character be replaced" instead of "can one be deleted"
# fails on: {"s": "abc"}
def almostPalindrome(s):
    mismatches = 0
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            mismatches += 1
        lo += 1
        hi -= 1
    return mismatches <= 1
