# bug: days that never see a warmer day get -1 instead of 0
# fails on: {"temps": [3, 1]}
def daysUntilWarmer(temps):
    answer = [-1] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
