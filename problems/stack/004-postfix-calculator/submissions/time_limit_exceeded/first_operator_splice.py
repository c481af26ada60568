def evalPostfix(tokens):
    # Correct but O(n^2): after every operation the list is scanned again from the start
    # for the first operator, and the three tokens are spliced into one.
    toks = list(tokens)
    while len(toks) > 1:
        i = 0
        while toks[i] not in ("+", "-", "*", "/"):
            i += 1
        a, b, op = int(toks[i - 2]), int(toks[i - 1]), toks[i]
        if op == "+":
            v = a + b
        elif op == "-":
            v = a - b
        elif op == "*":
            v = a * b
        else:
            v = abs(a) // abs(b)
            if (a < 0) != (b < 0):
                v = -v
        toks[i - 2:i + 1] = [str(v)]
    return int(toks[0])
