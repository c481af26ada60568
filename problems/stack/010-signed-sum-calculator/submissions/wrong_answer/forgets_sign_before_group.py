# bug: the sign in front of a group is not saved, so a group is always added, even after a minus
# fails on: {"expression": "5 - (3 + 2)"}
def evaluateSum(expression):
    total, num, sign = 0, 0, 1
    saved = []
    for ch in expression:
        if ch.isdigit():
            num = num * 10 + int(ch)
        elif ch in "+-":
            total += sign * num
            num, sign = 0, (1 if ch == "+" else -1)
        elif ch == "(":
            saved.append(total)
            total, sign = 0, 1
        elif ch == ")":
            total += sign * num
            num = 0
            total = saved.pop() + total
    return total + sign * num
