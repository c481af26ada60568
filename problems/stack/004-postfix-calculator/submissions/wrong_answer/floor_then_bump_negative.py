# bug: turns floor division into truncation by adding 1 to every negative quotient, which is wrong when the division is exact (passes the samples)
# fails on: {"tokens": ["-8", "2", "/"]}
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
                quotient = left // right
                if quotient < 0:
                    quotient += 1
                stack.append(quotient)
        else:
            stack.append(int(tok))
    return stack[-1]
