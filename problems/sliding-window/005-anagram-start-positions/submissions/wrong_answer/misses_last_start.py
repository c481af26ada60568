# bug: the loop over start positions stops one short, so a match ending at the last letter is missed (fails sample 1)
# fails on: {"s": "ba", "p": "ab"}
# origin: independent
from typing import List
from collections import Counter


def anagramStarts(s: str, p: str) -> List[int]:
    m = len(p)
    need = Counter(p)
    window = Counter(s[:m])
    result = []
    for i in range(len(s) - m):
        if window == need:
            result.append(i)
        window[s[i]] -= 1
        window[s[i + m]] += 1
    return result
