def unfoldCode(code):
    stack = []
    current = ""
    count = 0
    for ch in code:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = "", 0
        elif ch == "]":
            before, times = stack.pop()
            current = current * times + before  # bug: the text before the group goes after it
        else:
            current += ch
    return current
