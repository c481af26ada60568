# slow: O(n^2): for every letter, scans the rest of the log to see whether some later backspace erases it
# origin: independent
def sameAfterBackspaces(s, t):
    def survivors(log):
        kept = []
        n = len(log)
        for i in range(n):
            if log[i] == "#":
                continue
            balance = 0
            erased = False
            for j in range(i + 1, n):
                if log[j] == "#":
                    balance -= 1
                else:
                    balance += 1
                if balance < 0:
                    erased = True
                    break
            if not erased:
                kept.append(log[i])
        return kept

    return survivors(s) == survivors(t)
