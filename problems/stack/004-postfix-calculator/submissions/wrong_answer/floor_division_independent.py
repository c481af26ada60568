# bug: uses Python's // which rounds toward minus infinity, not toward zero (fails sample 02)
# fails on: {"tokens": ["-7", "2", "/"]}
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
                stack.append(left // right)
        else:
            stack.append(int(tok))
    return stack[-1]
