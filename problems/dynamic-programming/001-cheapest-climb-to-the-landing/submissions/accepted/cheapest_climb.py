# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    two_back, one_back = toll[0], toll[1]
    for i in range(2, len(toll)):
        two_back, one_back = one_back, toll[i] + min(two_back, one_back)
    return min(two_back, one_back)
