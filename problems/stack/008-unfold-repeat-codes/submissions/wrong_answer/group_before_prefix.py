# bug: when a group closes, the text before the group is put after the repeated text
# fails on: {"code": "a2[b]"}
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
            current = current * times + before
        else:
            current += ch
    return current
