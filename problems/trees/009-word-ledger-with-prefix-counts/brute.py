"""Brute force for cross-checking the reference: a plain list of every recorded word."""

from hypothesis import strategies as st

_WORD = st.text(alphabet="abc", min_size=1, max_size=4)
_PREFIX = st.text(alphabet="abc", min_size=0, max_size=4)


def inputs():
    call = st.one_of(
        st.tuples(st.just("insert"), _WORD),
        st.tuples(st.just("contains"), _WORD),
        st.tuples(st.just("countPrefix"), _PREFIX),
    )
    return st.lists(call, max_size=25).map(
        lambda calls: {
            "ops": ["WordLedger"] + [op for op, _ in calls],
            "args": [[]] + [[text] for _, text in calls],
        }
    )


class WordLedger:
    def __init__(self):
        self.words = []

    def insert(self, word):
        self.words.append(word)

    def contains(self, word):
        return word in self.words

    def countPrefix(self, prefix):
        return sum(1 for w in self.words if w[: len(prefix)] == prefix)
