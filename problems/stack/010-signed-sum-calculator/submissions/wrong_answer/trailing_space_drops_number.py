# bug: adds the final pending number only when the last character is a digit, so trailing spaces lose it (fails sample 02)
# fails on: {"expression": "1 "}
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
    if expression[-1].isdigit():
        total += sign * num
    return total
