# bug: pops the operands in the wrong order, so - and / use the later value as the left operand (fails samples 01 and 02)
# fails on: {"tokens": ["5", "3", "-"]}
# origin: independent
def evalPostfix(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            left = stack.pop()
            right = stack.pop()
            if tok == "+":
                stack.append(left + right)
            elif tok == "-":
                stack.append(left - right)
            elif tok == "*":
                stack.append(left * right)
            else:
                stack.append(int(left / right))
        else:
            stack.append(int(tok))
    return stack[-1]
