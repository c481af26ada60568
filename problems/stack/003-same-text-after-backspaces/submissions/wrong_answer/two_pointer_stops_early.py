# bug: backward two-pointer scan stops as soon as one log runs out and never checks that the rest of the other log erases itself (passes the samples)
# fails on: {"s": "a", "t": "b#a"}
# origin: independent
def sameAfterBackspaces(s, t):
    def next_kept(log, i):
        skip = 0
        while i >= 0:
            if log[i] == "#":
                skip += 1
            elif skip:
                skip -= 1
            else:
                return i
            i -= 1
        return -1

    i, j = len(s) - 1, len(t) - 1
    while i >= 0 and j >= 0:
        i = next_kept(s, i)
        j = next_kept(t, j)
        if i < 0 or j < 0:
            break
        if s[i] != t[j]:
            return False
        i -= 1
        j -= 1
    return i < 0 and j < 0
