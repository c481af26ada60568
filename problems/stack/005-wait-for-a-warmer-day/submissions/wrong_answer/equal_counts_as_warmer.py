# bug: pops with <=, so a later day that is only as warm settles a waiting day
# fails on: {"temps": [5, 5, 6]}
def daysUntilWarmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
