# bug: relies on an odd-count pre-check and forgets that openers can be left on the stack at the end (passes the samples)
# fails on: {"s": "(("}
# origin: independent
def isWellNested(s):
    brackets = [ch for ch in s if ch in "()[]{}"]
    if len(brackets) % 2 == 1:
        return False
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in brackets:
        if ch in "([{":
            stack.append(ch)
        elif not stack or stack.pop() != partner[ch]:
            return False
    return True
