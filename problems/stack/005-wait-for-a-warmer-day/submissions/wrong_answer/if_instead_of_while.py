# bug: resolves at most one waiting day per new reading (if instead of while) (fails sample 01)
# fails on: {"temps": [3, 2, 4]}
# origin: independent
def daysUntilWarmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for day, temp in enumerate(temps):
        if waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
