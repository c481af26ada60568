"""Brute force for cross-checking the reference: compare each word with every group."""

from hypothesis import strategies as st


def inputs():
    # short words, and runs of a's then b's: counts of 10 or more, whose digits can run
    # together in a key that joins the counts
    runs = st.integers(0, 12).flatmap(lambda a: st.integers(0, 12 - a).map(lambda b: "a" * a + "b" * b))
    word = st.text(alphabet="abc", max_size=4) | runs
    return st.fixed_dictionaries({"words": st.lists(word, max_size=12)})


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
