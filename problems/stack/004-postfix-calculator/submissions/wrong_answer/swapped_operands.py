# bug: the first value popped is the right operand but is used as the left one
# fails on: {"tokens": ["2", "9", "-"]}
def evalPostfix(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            a = stack.pop()
            b = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif b == 0:
                stack.append(0)  # avoid crashing on the (swapped) division by zero
            else:
                q = abs(a) // abs(b)
                stack.append(q if (a < 0) == (b < 0) else -q)
        else:
            stack.append(int(tok))
    return stack[-1]
