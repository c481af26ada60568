# bug: openers still on the stack at the end are never reported as unclosed
# fails on: {"s": "(("}
def isWellNested(s):
    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener_of:
            if not stack or stack.pop() != opener_of[ch]:
                return False
    return True
