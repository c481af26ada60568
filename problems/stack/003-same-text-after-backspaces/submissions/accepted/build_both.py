# replays each log onto a list used as a stack, then compares the two lists
# origin: independent
def sameAfterBackspaces(s, t):
    def typed(log):
        text = []
        for ch in log:
            if ch == "#":
                if text:
                    text.pop()
            else:
                text.append(ch)
        return text

    return typed(s) == typed(t)
