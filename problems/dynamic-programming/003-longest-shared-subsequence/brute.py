"""Brute force: every subsequence of the first string, tested against the second."""

from itertools import combinations

from hypothesis import strategies as st


def inputs():
    word = st.text(alphabet="abcz", max_size=8)
    return st.fixed_dictionaries({"first": word, "second": word})


def _is_subsequence(small, big):
    it = iter(big)
    return all(ch in it for ch in small)


def longestShared(first, second):
    for k in range(len(first), 0, -1):
        for picks in combinations(range(len(first)), k):
            if _is_subsequence("".join(first[i] for i in picks), second):
                return k
    return 0
