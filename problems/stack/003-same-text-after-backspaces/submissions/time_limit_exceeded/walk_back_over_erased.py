def sameAfterBackspaces(s, t):
    def replay(log):
        erased = [False] * len(log)
        for i, ch in enumerate(log):
            if ch == "#":
                erased[i] = True
                j = i - 1
                # walks back over everything already erased: O(n) per backspace
                while j >= 0 and erased[j]:
                    j -= 1
                if j >= 0:
                    erased[j] = True
        return [ch for ch, gone in zip(log, erased) if not gone]

    return replay(s) == replay(t)
