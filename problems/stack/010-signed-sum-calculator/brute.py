"""Brute force for cross-checking the reference: Python's own expression evaluator.

The grammar (decimal numbers without leading zeros, binary + and -, parentheses, a unary
minus only at the start of a group) is a subset of Python's, with the same meaning.
"""

from hypothesis import strategies as st

_SPACE = st.sampled_from(["", "", "", " ", "  "])


def _expression(term):
    """An expression string: an optional unary minus, then terms joined by + or -."""
    piece = st.tuples(_SPACE, st.sampled_from("+-"), _SPACE, term).map("".join)
    return st.tuples(
        st.sampled_from(["", "", "-"]), _SPACE, term, st.lists(piece, max_size=4).map("".join)
    ).map("".join)


def inputs():
    number = st.one_of(st.integers(0, 20), st.integers(0, 10**30 - 1)).map(str)
    term = st.recursive(
        number,
        lambda inner: st.tuples(_SPACE, _expression(inner), _SPACE).map(lambda t: "(" + "".join(t) + ")"),
        max_leaves=12,
    )
    return st.tuples(_SPACE, _expression(term), _SPACE).map(lambda t: {"expression": "".join(t)})


def evaluateSum(expression):
    return eval(expression.strip(), {"__builtins__": {}})
