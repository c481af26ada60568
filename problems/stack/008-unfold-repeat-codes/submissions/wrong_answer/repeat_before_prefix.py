# bug: when a group closes, the repeated text is put before the text that preceded the group instead of after it (fails all three samples)
# fails on: {"code": "a2[b]"}
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
            count = 0
        elif ch == "]":
            prefix, times = stack.pop()
            current = current * times + prefix
        else:
            current += ch
    return current
