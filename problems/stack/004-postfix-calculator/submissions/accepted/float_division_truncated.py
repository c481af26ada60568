class Solution:
    def evalPostfix(self, tokens: List[str]) -> int:
        stack: List[int] = []
        for tok in tokens:
            if tok in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    # int() truncates toward zero; for 32-bit operands the float
                    # quotient is close enough that truncating it is exact
                    stack.append(int(a / b))
            else:
                stack.append(int(tok))
        return stack.pop()
