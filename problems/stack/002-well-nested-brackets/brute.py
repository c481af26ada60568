"""Brute force for cross-checking the reference: keep only the brackets, then delete
adjacent matching pairs until none is left; the text is well nested exactly when
everything disappears."""

from hypothesis import strategies as st

_PAIRS = ("()", "[]", "{}")


def _nested():
    """Well-nested bracket strings (so that `True` answers are drawn often)."""
    return st.recursive(
        st.just(""),
        lambda inner: st.tuples(st.sampled_from(_PAIRS), inner, inner).map(
            lambda t: t[0][0] + t[1] + t[0][1] + t[2]
        ),
        max_leaves=6,
    )


def _with_text(brackets: str, data: list[str]) -> str:
    return "".join(b + x for b, x in zip(brackets, data + [""] * len(brackets)))


def inputs():
    noise = st.lists(st.sampled_from(["", "", "a", " ", "<", "\"", "1"]), max_size=14)
    return st.fixed_dictionaries(
        {
            "s": st.one_of(
                st.text(alphabet="()[]{}a<", max_size=12),
                _nested(),
                st.tuples(_nested(), noise).map(lambda t: _with_text(t[0], t[1])),
            )
        }
    )


def isWellNested(s):
    rest = "".join(ch for ch in s if ch in "()[]{}")
    changed = True
    while changed:
        changed = False
        for pair in _PAIRS:
            if pair in rest:
                rest = rest.replace(pair, "", 1)
                changed = True
    return rest == ""
