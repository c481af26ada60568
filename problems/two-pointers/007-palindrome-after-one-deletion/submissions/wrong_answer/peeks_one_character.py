# bug: picks the side to delete by looking at one character only, and never tries the other side when both look possible
# fails on: {"s": "cbbcb"}
def almostPalindrome(s):
    lo, hi = 0, len(s) - 1
    deleted = False
    while lo < hi:
        if s[lo] == s[hi]:
            lo += 1
            hi -= 1
            continue
        if deleted:
            return False
        deleted = True
        if s[lo + 1] == s[hi]:
            lo += 1
        elif s[lo] == s[hi - 1]:
            hi -= 1
        else:
            return False
    return True
