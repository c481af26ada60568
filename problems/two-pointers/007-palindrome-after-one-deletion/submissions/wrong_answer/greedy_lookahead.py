# bug: on a mismatch it greedily picks the side to delete by peeking at the next character, preferring the left one
# fails on: {"s": "abbab"}
# origin: independent
def almostPalindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    deleted = False
    while i < j:
        if s[i] == s[j]:
            i += 1
            j -= 1
        elif deleted:
            return False
        elif s[i + 1] == s[j]:
            deleted = True
            i += 1
        elif s[i] == s[j - 1]:
            deleted = True
            j -= 1
        else:
            return False
    return True
