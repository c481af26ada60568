# bug: shifts the rolling pair before using it, so every step is only reached from the one just below (fails sample 1)
# fails on: {"toll": [4, 9, 3]}
# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    a = toll[0]
    b = toll[1]
    for i in range(2, len(toll)):
        a = b
        b = toll[i] + min(a, b)
    return min(a, b)
