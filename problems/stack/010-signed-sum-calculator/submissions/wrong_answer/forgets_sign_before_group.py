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
            saved.append(total)  # bug: the sign in front of the group is not saved
            total, sign = 0, 1
        elif ch == ")":
            total += sign * num
            num = 0
            total = saved.pop() + total  # so a group is always added, even after a minus
    return total + sign * num
