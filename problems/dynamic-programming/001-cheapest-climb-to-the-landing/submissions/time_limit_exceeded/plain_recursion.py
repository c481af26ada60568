# slow: O(2^n): the same recursion from each step, without remembering any result
def cheapestClimb(toll):
    n = len(toll)

    def rest(i):
        if i >= n:
            return 0
        return toll[i] + min(rest(i + 1), rest(i + 2))

    return min(rest(0), rest(1))
