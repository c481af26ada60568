# bug: a backspace on an empty text falls into the else branch and is kept as a character (fails sample 03)
# fails on: {"s": "#a", "t": "a"}
# origin: independent
def sameAfterBackspaces(s, t):
    def typed(log):
        text = []
        for ch in log:
            if ch == "#" and text:
                text.pop()
            else:
                text.append(ch)
        return text

    return typed(s) == typed(t)
