# bug: the count is reset when a letter is read instead of at "[", so a count written right after "[" absorbs the outer digits (passes the samples)
# fails on: {"code": "2[3[a]]"}
# origin: independent
def unfoldCode(code):
    stack = []
    current = ""
    count = 0
    for ch in code:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((current, count))
            current = ""
        elif ch == "]":
            prefix, times = stack.pop()
            current = prefix + current * times
        else:
            current += ch
            count = 0
    return current
