# bug: on the first mismatch it only tries deleting the left character, never the right one
# fails on: {"s": "cbbcc"}
# origin: independent
def almostPalindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            rest = s[i + 1:j + 1]
            return rest == rest[::-1]
        i += 1
        j -= 1
    return True
