# bug: expands a group with str.replace, which also rewrites the same text inside a longer count such as "12[a]" (passes the samples)
# fails on: {"code": "2[a]12[a]"}
# origin: independent
def unfoldCode(code):
    while "]" in code:
        close = code.index("]")
        open_pos = code.rindex("[", 0, close)
        start = open_pos
        while start > 0 and code[start - 1].isdigit():
            start -= 1
        group = code[start:close + 1]
        times = int(code[start:open_pos])
        code = code.replace(group, code[open_pos + 1:close] * times)
    return code
