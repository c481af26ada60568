# bug: compares which letters occur, not how often each one occurs
# fails on: {"s": "aab", "p": "abb"}
def anagramStarts(s, p):
    m = len(p)
    if m > len(s):
        return []
    want = [0] * 26
    have = [0] * 26
    for ch in p:
        want[ord(ch) - 97] += 1
    need = [x > 0 for x in want]
    result = []
    for right in range(len(s)):
        have[ord(s[right]) - 97] += 1
        if right >= m:
            have[ord(s[right - m]) - 97] -= 1
        if right >= m - 1 and [x > 0 for x in have] == need:
            result.append(right - m + 1)
    return result
