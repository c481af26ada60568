# bug: assumes the answer is either the next day or the next day's own warmer day, following only one jump (passes the samples)
# fails on: {"temps": [5, 1, 2, 6]}
# origin: independent
def daysUntilWarmer(temps):
    n = len(temps)
    answer = [0] * n
    for i in range(n - 2, -1, -1):
        if temps[i + 1] > temps[i]:
            answer[i] = 1
        elif answer[i + 1] and temps[i + 1 + answer[i + 1]] > temps[i]:
            answer[i] = 1 + answer[i + 1]
    return answer
