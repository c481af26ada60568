# bug: the count keeps only the last digit read, so multi-digit counts break (fails sample 02)
# fails on: {"code": "12[a]"}
# origin: independent
def unfoldCode(code):
    stack = []
    current = ""
    count = 0
    for ch in code:
        if ch.isdigit():
            count = int(ch)
        elif ch == "[":
            stack.append((current, count))
            current = ""
            count = 0
        elif ch == "]":
            prefix, times = stack.pop()
            current = prefix + current * times
        else:
            current += ch
    return current
