"""Brute force for cross-checking the reference: rebuild the expression tree by reading
the tokens from the end, then evaluate it recursively with exact fractions, truncating
each quotient with int() (which rounds a Fraction toward zero)."""

from fractions import Fraction

from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1


def _trees():
    return st.recursive(
        st.integers(-20, 20),
        lambda inner: st.tuples(st.sampled_from("+-*/"), inner, inner),
        max_leaves=9,
    )


def _postfix(tree):
    if isinstance(tree, int):
        return [str(tree)]
    op, left, right = tree
    return _postfix(left) + _postfix(right) + [op]


def _valid(tokens):
    """Both solutions may only see expressions that respect the constraints."""
    try:
        value = evalPostfix(tokens)
    except (ZeroDivisionError, OverflowError):
        return False
    return value is not None


def inputs():
    return st.fixed_dictionaries({"tokens": _trees().map(_postfix).filter(_valid)})


def _parse(tokens, end):
    """The subtree whose last token is tokens[end - 1]; returns (tree, start)."""
    tok = tokens[end - 1]
    if tok not in ("+", "-", "*", "/"):
        return int(tok), end - 1
    right, mid = _parse(tokens, end - 1)
    left, start = _parse(tokens, mid)
    return (tok, left, right), start


def _value(tree):
    if isinstance(tree, int):
        return tree
    op, left, right = tree
    a, b = _value(left), _value(right)
    if op == "+":
        v = a + b
    elif op == "-":
        v = a - b
    elif op == "*":
        v = a * b
    else:
        v = int(Fraction(a, b))
    if not LOW <= v <= HIGH:
        raise OverflowError(v)
    return v


def evalPostfix(tokens):
    tree, start = _parse(tokens, len(tokens))
    assert start == 0
    return _value(tree)
