# bug: reading backwards, each # jumps over exactly one previous character, so a run of backspaces is mishandled (fails sample 03)
# fails on: {"s": "ab##", "t": ""}
# origin: independent
def sameAfterBackspaces(s, t):
    def backwards(log):
        out = []
        i = len(log) - 1
        while i >= 0:
            if log[i] == "#":
                i -= 2
            else:
                out.append(log[i])
                i -= 1
        return out

    return backwards(s) == backwards(t)
