def daysUntilWarmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        # bug: `<=` also settles a day by a later day that is only as warm
        while waiting and temps[waiting[-1]] <= t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
