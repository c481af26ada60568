"""Brute force: every way to cut the text, tried in full without remembering anything."""

from hypothesis import strategies as st


def inputs():
    word = st.text(alphabet="ab", min_size=1, max_size=4)
    return st.fixed_dictionaries(
        {
            "text": st.text(alphabet="abc", min_size=1, max_size=12),
            "words": st.lists(word, min_size=1, max_size=6),
        }
    )


def canSplitIntoWords(text, words):
    if text == "":
        return True
    return any(text[:i] in words and canSplitIntoWords(text[i:], words) for i in range(1, len(text) + 1))
