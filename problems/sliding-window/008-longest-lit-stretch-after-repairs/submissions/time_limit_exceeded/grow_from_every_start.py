def longestLitStretch(lamps, k):
    # correct, but every start grows its own run: O(n^2) when runs are long
    n = len(lamps)
    best = 0
    for i in range(n):
        zeros = 0
        j = i
        while j < n:
            if lamps[j] == 0:
                zeros += 1
                if zeros > k:
                    break
            j += 1
        best = max(best, j - i)
    return best
