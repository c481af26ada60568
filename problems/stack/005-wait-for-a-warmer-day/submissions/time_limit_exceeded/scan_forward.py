def daysUntilWarmer(temps):
    n = len(temps)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):  # O(n) per day when no warmer day comes soon
            if temps[j] > temps[i]:
                answer[i] = j - i
                break
    return answer
