def almostPalindrome(s):
    # Correct but quadratic: test the string with each position skipped in turn.
    n = len(s)

    def palindrome_without(skip):
        lo, hi = 0, n - 1
        while True:
            if lo == skip:
                lo += 1
            if hi == skip:
                hi -= 1
            if lo >= hi:
                return True
            if s[lo] != s[hi]:
                return False
            lo += 1
            hi -= 1

    # skip = -1 tests the string itself, then every single deletion in turn
    return any(palindrome_without(skip) for skip in range(-1, n))
