# slow: O(n * m log m): sorts every window of length len(p) and compares it with sorted p
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    target = sorted(p)
    m = len(p)
    result = []
    for i in range(len(s) - m + 1):
        if sorted(s[i:i + m]) == target:
            result.append(i)
    return result
