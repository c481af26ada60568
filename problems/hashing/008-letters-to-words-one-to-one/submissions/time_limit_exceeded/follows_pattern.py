# slow: O(n^2 * L): checks every earlier position to see whether letters match exactly when words match
# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    if len(pattern) != len(words):
        return False
    for i in range(len(pattern)):
        for j in range(i):
            if (pattern[i] == pattern[j]) != (words[i] == words[j]):
                return False
    return True
