# bug: a unary minus only ever negates the next number, so in -(2 + 3) it negates the 2 instead of the whole group
# fails on: {"expression": "-(2 + 3)"}
def evaluateSum(expression):
    total, sign = 0, 1
    saved = []
    previous = None  # the previous non-space character
    negate_next = False
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if ch.isdigit():
            j = i
            while j < n and expression[j].isdigit():
                j += 1
            value = int(expression[i:j])
            if negate_next:
                value = -value
                negate_next = False
            total += sign * value
            previous = "0"
            i = j
            continue
        if ch == "-" and previous in (None, "("):
            negate_next = True
        elif ch in "+-":
            sign = 1 if ch == "+" else -1
        elif ch == "(":
            saved.append((total, sign))
            total, sign = 0, 1
        elif ch == ")":
            before, group_sign = saved.pop()
            total = before + group_sign * total
        if ch != " ":
            previous = ch
        i += 1
    return total
