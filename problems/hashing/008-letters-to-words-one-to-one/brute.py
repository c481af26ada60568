"""Brute force for cross-checking the reference: the definition, checked on every pair
of positions."""

from hypothesis import strategies as st

_words = st.sampled_from(["a", "b", "ab", "ba", "cat"])
_patterns = st.text(alphabet="abc", min_size=1, max_size=9)


def _built(parts):
    """Words from a letter -> word assignment (so true answers are common), maybe with
    one position changed afterwards."""
    pattern, assign, change = parts
    words = [assign[ch] for ch in pattern]
    if change is not None:
        i, word = change
        words[i % len(words)] = word
    return {"pattern": pattern, "words": words}


def inputs():
    assignments = st.fixed_dictionaries({ch: _words for ch in "abc"})
    changes = st.one_of(st.none(), st.tuples(st.integers(0, 8), _words))
    built = st.tuples(_patterns, assignments, changes).map(_built)
    free = st.fixed_dictionaries(
        {"pattern": _patterns, "words": st.lists(_words, min_size=1, max_size=9)}
    )
    return st.one_of(built, free)


def followsPattern(pattern, words):
    if len(pattern) != len(words):
        return False
    n = len(pattern)
    return all(
        (pattern[i] == pattern[j]) == (words[i] == words[j]) for i in range(n) for j in range(n)
    )
