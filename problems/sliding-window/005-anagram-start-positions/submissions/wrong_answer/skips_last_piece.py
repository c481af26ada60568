# bug: the loop stops one letter early, so the piece ending at the last letter is never checked
# fails on: {"s": "ba", "p": "ab"}
def anagramStarts(s, p):
    m = len(p)
    if m > len(s):
        return []
    want = [0] * 26
    have = [0] * 26
    for ch in p:
        want[ord(ch) - 97] += 1
    result = []
    for right in range(len(s) - 1):
        have[ord(s[right]) - 97] += 1
        if right >= m:
            have[ord(s[right - m]) - 97] -= 1
        if right >= m - 1 and have == want:
            result.append(right - m + 1)
    return result
