"""Brute force for cross-checking the reference: a recursive-descent reading of the grammar."""

from hypothesis import strategies as st


def _codes():
    """Valid codes paired with the length of their text, so big answers are filtered cheaply."""
    letter = st.sampled_from("abc").map(lambda c: (c, 1))

    def concat(items):
        return "".join(c for c, _ in items), sum(n for _, n in items)

    def group(t):
        times, (inner, length) = t
        return f"{times}[{inner}]", times * length

    return st.recursive(
        letter,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map(concat),
            st.tuples(st.integers(1, 12), st.lists(inner, min_size=1, max_size=3).map(concat)).map(group),
        ),
        max_leaves=10,
    )


def inputs():
    return st.one_of(st.just(("", 0)), _codes()).filter(lambda t: t[1] <= 3000).map(
        lambda t: {"code": t[0]}
    )


def unfoldCode(code):
    def sequence(i):
        """Read items from position i until a ']' or the end; return (text, next position)."""
        text = ""
        while i < len(code) and code[i] != "]":
            if code[i].isalpha():
                text += code[i]
                i += 1
            else:
                j = i
                while code[j].isdigit():
                    j += 1
                times = int(code[i:j])
                assert code[j] == "["
                inner, j = sequence(j + 1)
                assert code[j] == "]"
                text += inner * times
                i = j + 1
        return text, i

    text, end = sequence(0)
    assert end == len(code)
    return text
