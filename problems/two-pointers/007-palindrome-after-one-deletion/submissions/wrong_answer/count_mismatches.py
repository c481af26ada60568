# bug: counts mismatched mirror pairs and allows one, which is not the same as deleting one character
# fails on: {"s": "abc"}
# origin: independent
def almostPalindrome(s: str) -> bool:
    mismatches = 0
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            mismatches += 1
        i += 1
        j -= 1
    return mismatches <= 1
