"""Evaluate postfix tokens with a stack of values.

Numbers are pushed; an operator pops its right operand, then its left operand, and
pushes the result. Division truncates toward zero, computed on absolute values and then
given the sign of the exact quotient (Python's // would round toward minus infinity).

Time O(n); extra space O(n) for the stack.
"""

_OPERATORS = frozenset("+-*/")


def evalPostfix(tokens: list[str]) -> int:
    values: list[int] = []
    for tok in tokens:
        if tok not in _OPERATORS:  # "-" alone is an operator; "-8" is a number
            values.append(int(tok))
            continue
        right = values.pop()
        left = values.pop()
        if tok == "+":
            values.append(left + right)
        elif tok == "-":
            values.append(left - right)
        elif tok == "*":
            values.append(left * right)
        else:
            quotient = abs(left) // abs(right)
            values.append(quotient if (left < 0) == (right < 0) else -quotient)
    return values[-1]
