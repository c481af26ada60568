# slow: O(n^2): builds and checks the string left after every possible deletion
# origin: independent
def almostPalindrome(s: str) -> bool:
    if s == s[::-1]:
        return True
    for k in range(len(s)):
        rest = s[:k] + s[k + 1:]
        if rest == rest[::-1]:
            return True
    return False
