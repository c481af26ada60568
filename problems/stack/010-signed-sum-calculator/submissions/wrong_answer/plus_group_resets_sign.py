# bug: a group after "+" is pushed with sign +1 instead of inheriting the enclosing group's sign, so "+(" inside a negated group is not negated (passes the samples)
# fails on: {"expression": "-(1 + (2))"}
# origin: independent
def evaluateSum(expression):
    group_signs = [1]
    total = 0
    op = 1
    num = 0
    for ch in expression:
        if ch.isdigit():
            num = num * 10 + int(ch)
        elif ch == "+" or ch == "-":
            total += group_signs[-1] * op * num
            num = 0
            op = 1 if ch == "+" else -1
        elif ch == "(":
            if op == -1:
                group_signs.append(-group_signs[-1])
            else:
                group_signs.append(1)
            op = 1
        elif ch == ")":
            total += group_signs[-1] * op * num
            num = 0
            group_signs.pop()
    return total + group_signs[-1] * op * num
