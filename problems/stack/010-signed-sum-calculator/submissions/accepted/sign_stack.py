# running total with a stack of (total, sign) saved at each opening parenthesis
# origin: independent
def evaluateSum(expression):
    saved = []
    total = 0
    sign = 1
    num = 0
    for ch in expression:
        if ch.isdigit():
            num = num * 10 + (ord(ch) - 48)
        elif ch == "+" or ch == "-":
            total += sign * num
            num = 0
            sign = 1 if ch == "+" else -1
        elif ch == "(":
            saved.append((total, sign))
            total = 0
            sign = 1
        elif ch == ")":
            total += sign * num
            num = 0
            outer_total, outer_sign = saved.pop()
            total = outer_total + outer_sign * total
    return total + sign * num
