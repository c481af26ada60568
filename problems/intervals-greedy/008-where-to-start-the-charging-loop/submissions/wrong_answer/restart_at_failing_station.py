# bug: after running flat on leg i, restarts the search at station i instead of i + 1
# fails on: {"charge": [0, 2], "drain": [1, 1]}
def loopStart(charge: List[int], drain: List[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    start = balance = 0
    for i in range(len(charge)):
        balance += charge[i] - drain[i]
        if balance < 0:
            start, balance = i, 0
    return start
