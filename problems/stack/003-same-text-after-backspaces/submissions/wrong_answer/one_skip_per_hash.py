# bug: reading backwards, each '#' jumps over the previous character even when that is also a '#'
# fails on: {"s": "ab##", "t": ""}
def sameAfterBackspaces(s, t):
    def replay(log):
        kept = []
        i = len(log) - 1
        while i >= 0:
            if log[i] == "#":
                i -= 2
            else:
                kept.append(log[i])
                i -= 1
        return kept

    return replay(s) == replay(t)
