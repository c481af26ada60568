# origin: independent
def longestShared(first: str, second: str) -> int:
    m = len(second)
    prev = [0] * (m + 1)
    for a in first:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if a == second[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return prev[m]
