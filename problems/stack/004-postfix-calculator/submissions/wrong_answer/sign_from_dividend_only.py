# bug: the sign of a quotient is taken from the left operand only, ignoring a negative divisor (passes the samples)
# fails on: {"tokens": ["7", "-2", "/"]}
# origin: independent
def evalPostfix(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            right = stack.pop()
            left = stack.pop()
            if tok == "+":
                stack.append(left + right)
            elif tok == "-":
                stack.append(left - right)
            elif tok == "*":
                stack.append(left * right)
            else:
                quotient = abs(left) // abs(right)
                if left < 0:
                    quotient = -quotient
                stack.append(quotient)
        else:
            stack.append(int(tok))
    return stack[-1]
