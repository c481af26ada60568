"""Brute force for cross-checking the reference: compare each word with every group."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"words": st.lists(st.text(alphabet="abc", max_size=4), max_size=12)}
    )


def _same_letters(a, b):
    return len(a) == len(b) and all(a.count(c) == b.count(c) for c in set(a) | set(b))


def groupBySignature(words):
    groups = []
    for word in words:
        for group in groups:
            if _same_letters(group[0], word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
