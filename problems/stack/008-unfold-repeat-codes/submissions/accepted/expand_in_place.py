# one output list; a closing bracket appends the group's text count - 1 more times
# origin: independent
def unfoldCode(code):
    out = []
    open_groups = []
    count = 0
    for ch in code:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            open_groups.append((len(out), count))
            count = 0
        elif ch == "]":
            start, times = open_groups.pop()
            if times > 1:
                block = out[start:]
                out.extend(block * (times - 1))
        else:
            out.append(ch)
    return "".join(out)
