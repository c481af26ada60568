# slow: exponential: tries every sequence of tokens without remembering any amount
def fewestTokens(tokens, fare):
    def fewest(left):
        if left == 0:
            return 0
        best = float("inf")
        for t in tokens:
            if t <= left:
                best = min(best, fewest(left - t) + 1)
        return best

    answer = fewest(fare)
    return -1 if answer == float("inf") else answer
