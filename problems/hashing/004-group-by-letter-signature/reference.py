"""Canonical signature as a dictionary key.

The sorted letters of a word are the same string for every rearrangement of it and
differ for any word with other letters or other counts, so they make a hashable key;
each word is appended to the bucket of its key.

Time O(n * L log L) for n words of length at most L; space O(n * L).
"""


def groupBySignature(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        key = "".join(sorted(word))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
