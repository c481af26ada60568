# slow: exponential: the (value, amount left) recursion without a memo
def waysToPay(tokens, fare):
    def ways(i, left):
        if left == 0:
            return 1
        if i == len(tokens):
            return 0
        total = ways(i + 1, left)
        if tokens[i] <= left:
            total += ways(i, left - tokens[i])
        return total

    return ways(0, fare) % 1_000_000_007
