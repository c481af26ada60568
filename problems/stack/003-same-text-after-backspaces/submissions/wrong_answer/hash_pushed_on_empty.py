def sameAfterBackspaces(s, t):
    def replay(log):
        text = []
        for ch in log:
            # bug: on an empty text the condition is false, so '#' itself is appended
            if ch == "#" and text:
                text.pop()
            else:
                text.append(ch)
        return text

    return replay(s) == replay(t)
