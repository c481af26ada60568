# bug: at the first mismatch it only ever tries deleting the left character
# fails on: {"s": "bba"}
def almostPalindrome(s):
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            rest = s[lo + 1 : hi + 1]
            return rest == rest[::-1]
        lo += 1
        hi -= 1
    return True
