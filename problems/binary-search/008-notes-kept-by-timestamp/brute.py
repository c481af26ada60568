"""Brute force for cross-checking the reference: keep every save, scan them all per lookup."""

from hypothesis import strategies as st

NAMES = ["a", "b", "ab", "note"]
TEXTS = ["x", "y", "zz", "draft"]


def _calls(steps):
    ops, args, stamp = ["TimedNotes"], [[]], 0
    for kind, name, text, gap, back in steps:
        if kind == "save":
            stamp += gap
            ops.append("save")
            args.append([name, text, stamp])
        else:
            ops.append("lookup")
            args.append([name, min(max(1, stamp + 2 - back), 10**9)])
    return {"ops": ops, "args": args}


def inputs():
    step = st.tuples(
        st.sampled_from(["save", "lookup"]),
        st.sampled_from(NAMES),
        st.sampled_from(TEXTS),
        st.integers(1, 3),
        st.integers(0, 8),
    )
    return st.lists(step, max_size=20).map(_calls)


class TimedNotes:
    def __init__(self):
        self.saves = []

    def save(self, name, text, stamp):
        self.saves.append((name, text, stamp))

    def lookup(self, name, stamp):
        best, answer = 0, ""
        for n, text, s in self.saves:
            if n == name and s <= stamp and s > best:
                best, answer = s, text
        return answer
