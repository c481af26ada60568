# slow: O(n^2): for every day walks forward until it finds a warmer reading
# origin: independent
def daysUntilWarmer(temps):
    n = len(temps)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temps[j] > temps[i]:
                answer[i] = j - i
                break
    return answer
