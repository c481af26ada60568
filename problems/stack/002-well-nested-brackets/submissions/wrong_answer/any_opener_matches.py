# bug: a closing bracket pops whatever opener is on top without checking its kind (fails sample 02)
# fails on: {"s": "(]"}
# origin: independent
def isWellNested(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if not stack:
                return False
            stack.pop()
    return not stack
