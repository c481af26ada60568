# bug: a closing bracket that arrives with an empty stack is skipped instead of rejected (passes the samples)
# fails on: {"s": "())"}
# origin: independent
def isWellNested(s):
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in partner:
            if stack and stack.pop() != partner[ch]:
                return False
    return not stack
