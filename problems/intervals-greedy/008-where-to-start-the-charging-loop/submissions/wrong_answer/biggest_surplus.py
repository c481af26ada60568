# bug: starts at the station with the largest surplus, which can still run flat further on
# fails on: {"charge": [0, 5, 0, 3, 2], "drain": [1, 0, 6, 0, 1]}
def loopStart(charge: List[int], drain: List[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    gains = [c - d for c, d in zip(charge, drain)]
    return gains.index(max(gains))
