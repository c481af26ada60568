# bug: never checks the total, so it returns a station even when no start can work
# fails on: {"charge": [2, 3, 4], "drain": [3, 4, 3]}
def loopStart(charge: List[int], drain: List[int]) -> int:
    start = balance = 0
    for i in range(len(charge)):
        balance += charge[i] - drain[i]
        if balance < 0:
            start, balance = i + 1, 0
    return start if start < len(charge) else -1
