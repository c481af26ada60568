"""One pass with a stack of group signs: the value is a signed sum of the numbers.

signs[-1] is the sign that the innermost open group applies to everything inside it
(the product of the signs in front of all enclosing parentheses). `sign` is the sign of
the next operand: `+` sets it to signs[-1], a binary or unary `-` to -signs[-1]. A `(`
pushes `sign` as its group's sign, and a `)` pops it. Each number is added with `sign`.

Time O(n) for n characters (digits are converted per number, at most 30 at a time);
extra space O(d) for nesting depth d.
"""


def evaluateSum(expression: str) -> int:
    total = 0
    signs = [1]  # sign applied by each open group; the whole expression is a group
    sign = 1  # sign of the next operand
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if "0" <= ch <= "9":
            j = i + 1
            while j < n and "0" <= expression[j] <= "9":
                j += 1
            total += sign * int(expression[i:j])
            i = j
            continue
        if ch == "+":
            sign = signs[-1]
        elif ch == "-":
            sign = -signs[-1]
        elif ch == "(":
            signs.append(sign)
        elif ch == ")":
            signs.pop()
        i += 1
    return total
