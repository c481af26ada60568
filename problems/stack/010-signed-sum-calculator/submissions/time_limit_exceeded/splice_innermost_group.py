def _flat(text):
    """Value of a parenthesis-free text such as "5--3+2" (runs of signs multiply)."""
    total, sign, num, in_num = 0, 1, 0, False
    for ch in text:
        if ch.isdigit():
            num = num * 10 + int(ch)
            in_num = True
            continue
        if in_num:
            total += sign * num
            sign, num, in_num = 1, 0, False
        if ch == "-":
            sign = -sign
    if in_num:
        total += sign * num
    return total


def evaluateSum(expression):
    # evaluate an innermost group, write its value back into the text, start over;
    # each round walks from the start to the first ')', past all the flat text so far
    s = expression.replace(" ", "")
    while True:
        opening = closing = -1
        for i, ch in enumerate(s):
            if ch == "(":
                opening = i
            elif ch == ")":
                closing = i
                break
        if closing == -1:
            return _flat(s)
        s = s[:opening] + str(_flat(s[opening + 1:closing])) + s[closing + 1:]
