def unfoldCode(code):
    # expand one innermost group at a time: walk from the start to the first ']'
    # (the last '[' before it opens an innermost group), splice in its expansion and
    # start over; every walk passes over everything expanded so far
    s = code
    while True:
        opening = closing = -1
        for i, ch in enumerate(s):
            if ch == "[":
                opening = i
            elif ch == "]":
                closing = i
                break
        if closing == -1:
            return s
        start = opening
        while start > 0 and s[start - 1].isdigit():
            start -= 1
        times = int(s[start:opening])
        s = s[:start] + s[opening + 1:closing] * times + s[closing + 1:]
