# bug: keeps only the last digit of a count, so 12[a] repeats twice
# fails on: {"code": "12[a]"}
def unfoldCode(code):
    stack = []
    current = ""
    count = 0
    for ch in code:
        if ch.isdigit():
            count = int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = "", 0
        elif ch == "]":
            before, times = stack.pop()
            current = before + current * times
        else:
            current += ch
    return current
