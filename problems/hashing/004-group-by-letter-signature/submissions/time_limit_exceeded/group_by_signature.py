# slow: O(n^2 * L log L): compares each word against the representative of every group found so far, re-sorting both each time
# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
