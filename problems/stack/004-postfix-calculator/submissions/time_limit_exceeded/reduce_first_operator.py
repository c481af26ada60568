# slow: O(n^2): rescans from the start for the first operator and rebuilds the token list after every step
# origin: independent
def evalPostfix(tokens):
    items = list(tokens)
    while len(items) > 1:
        i = 0
        while items[i] not in ("+", "-", "*", "/"):
            i += 1
        left = int(items[i - 2])
        right = int(items[i - 1])
        op = items[i]
        if op == "+":
            value = left + right
        elif op == "-":
            value = left - right
        elif op == "*":
            value = left * right
        else:
            value = abs(left) // abs(right)
            if (left < 0) != (right < 0):
                value = -value
        items[i - 2:i + 1] = [str(value)]
    return int(items[0])
