# bug: the slices used to test the two deletions leave out s[j] (s[i+1:j] and s[i:j]), so two characters can vanish
# fails on: {"s": "abc"}
# origin: independent
def almostPalindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            skip_left = s[i + 1:j]
            skip_right = s[i:j]
            return skip_left == skip_left[::-1] or skip_right == skip_right[::-1]
        i += 1
        j -= 1
    return True
