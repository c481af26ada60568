# bug: on ")" it closes the group without first adding the number still pending inside it, so that number is added later outside the group (fails sample 01)
# fails on: {"expression": "-(1)"}
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
            outer_total, outer_sign = saved.pop()
            total = outer_total + outer_sign * total
    return total + sign * num
