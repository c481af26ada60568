# bug: pushes only the sign right before a group, not multiplied by the signs of the groups around it, so a minus two levels up is lost
# fails on: {"expression": "-(1 - (2 - 3))"}
def evaluateSum(expression):
    total = 0
    group_signs = [1]
    sign = 1
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if ch.isdigit():
            j = i
            while j < n and expression[j].isdigit():
                j += 1
            total += sign * group_signs[-1] * int(expression[i:j])
            i = j
            continue
        if ch == "+":
            sign = 1
        elif ch == "-":
            sign = -1
        elif ch == "(":
            group_signs.append(sign)
            sign = 1
        elif ch == ")":
            group_signs.pop()
        i += 1
    return total
