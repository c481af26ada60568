def sameAfterBackspaces(s, t):
    def replay(log):
        text = []
        for ch in log:
            if ch == "#":
                text = text[:-1]  # copies the whole text on every backspace: O(n^2)
            else:
                text.append(ch)
        return text

    return replay(s) == replay(t)
