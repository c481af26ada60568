def sameAfterBackspaces(s, t):
    def replay(log):
        kept = []
        i = len(log) - 1
        while i >= 0:
            if log[i] == "#":
                i -= 2  # bug: jumps over the previous character even if it is also a '#'
            else:
                kept.append(log[i])
                i -= 1
        return kept

    return replay(s) == replay(t)
