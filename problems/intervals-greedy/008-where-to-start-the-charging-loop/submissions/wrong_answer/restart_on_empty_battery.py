# bug: restarts when the battery reaches exactly zero, which can point past the last station
# fails on: {"charge": [1], "drain": [1]}
def loopStart(charge: List[int], drain: List[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    start = balance = 0
    for i in range(len(charge)):
        balance += charge[i] - drain[i]
        if balance <= 0:
            start, balance = i + 1, 0
    return start
