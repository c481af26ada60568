# slow: exponential: the suffix recursion without a memo, so the same (i, j) is solved again and again
def longestShared(first, second):
    def best(i, j):
        if i == len(first) or j == len(second):
            return 0
        if first[i] == second[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)
