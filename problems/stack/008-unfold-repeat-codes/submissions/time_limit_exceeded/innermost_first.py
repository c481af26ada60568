# slow: O(n * groups): after each expansion rescans the code from the start for the first "]" and rebuilds the whole string
# origin: independent
def unfoldCode(code):
    while True:
        close = -1
        for i, ch in enumerate(code):
            if ch == "]":
                close = i
                break
        if close == -1:
            return code
        open_pos = close
        while code[open_pos] != "[":
            open_pos -= 1
        start = open_pos
        while start > 0 and code[start - 1].isdigit():
            start -= 1
        times = int(code[start:open_pos])
        code = code[:start] + code[open_pos + 1:close] * times + code[close + 1:]
