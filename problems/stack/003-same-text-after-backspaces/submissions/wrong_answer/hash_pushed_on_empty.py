# bug: on an empty text the backspace test is false, so the '#' itself is appended as a character
# fails on: {"s": "#b", "t": "b"}
def sameAfterBackspaces(s, t):
    def replay(log):
        text = []
        for ch in log:
            if ch == "#" and text:
                text.pop()
            else:
                text.append(ch)
        return text

    return replay(s) == replay(t)
