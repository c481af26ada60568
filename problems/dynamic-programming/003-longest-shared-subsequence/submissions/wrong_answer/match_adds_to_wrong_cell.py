# bug: on a match adds one to the larger of the left and upper cells instead of the diagonal, so one letter is matched twice
# fails on: {"first": "a", "second": "aa"}
def longestShared(first, second):
    n, m = len(first), len(second)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if first[i - 1] == second[j - 1]:
                t[i][j] = max(t[i - 1][j], t[i][j - 1]) + 1
            else:
                t[i][j] = max(t[i - 1][j], t[i][j - 1])
    return t[n][m]
