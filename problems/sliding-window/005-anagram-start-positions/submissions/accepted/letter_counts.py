# letter counts of the window against the word's, updated as the window slides
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    n, m = len(s), len(p)
    if m > n:
        return []
    need = [0] * 26
    have = [0] * 26
    for ch in p:
        need[ord(ch) - 97] += 1
    for ch in s[:m]:
        have[ord(ch) - 97] += 1
    matching = sum(1 for i in range(26) if need[i] == have[i])
    result = [0] if matching == 26 else []
    for i in range(m, n):
        add = ord(s[i]) - 97
        if have[add] == need[add]:
            matching -= 1
        have[add] += 1
        if have[add] == need[add]:
            matching += 1
        drop = ord(s[i - m]) - 97
        if have[drop] == need[drop]:
            matching -= 1
        have[drop] -= 1
        if have[drop] == need[drop]:
            matching += 1
        if matching == 26:
            result.append(i - m + 1)
    return result
