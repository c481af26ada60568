# slow: O(n * groups): repeatedly rescans the token list from the start for the first ")" and splices its value back in
# origin: independent
def evaluateSum(expression):
    tokens = []
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch.isdigit():
            j = i
            while j < len(expression) and expression[j].isdigit():
                j += 1
            tokens.append(int(expression[i:j]))
            i = j
            continue
        if ch != " ":
            tokens.append(ch)
        i += 1

    def flat(items):
        total = 0
        sign = 1
        for item in items:
            if item == "+":
                sign = 1
            elif item == "-":
                sign = -1
            else:
                total += sign * item
        return total

    while True:
        close = -1
        for k, tok in enumerate(tokens):
            if tok == ")":
                close = k
                break
        if close == -1:
            return flat(tokens)
        open_pos = close
        while tokens[open_pos] != "(":
            open_pos -= 1
        value = flat(tokens[open_pos + 1:close])
        tokens = tokens[:open_pos] + [value] + tokens[close + 1:]
