# bug: pops with <= so a day with the same reading is taken as warmer (fails samples 01 and 02)
# fails on: {"temps": [3, 3, 4]}
# origin: independent
def daysUntilWarmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] <= temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
