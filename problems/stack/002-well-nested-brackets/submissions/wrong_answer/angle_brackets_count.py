# bug: treats < and > as a fourth bracket kind although the statement says they are plain text (passes the samples)
# fails on: {"s": "a < b"}
# origin: independent
def isWellNested(s):
    partner = {")": "(", "]": "[", "}": "{", ">": "<"}
    stack = []
    for ch in s:
        if ch in "([{<":
            stack.append(ch)
        elif ch in partner:
            if not stack or stack.pop() != partner[ch]:
                return False
    return not stack
