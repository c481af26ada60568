# bug: shortcut that only compares the number of distinct letters with the number of distinct words, never checking which goes with which
# fails on: {"pattern": "aab", "words": ["x", "y", "y"]}
# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    if len(pattern) != len(words):
        return False
    return len(set(pattern)) == len(set(words))
