def loopStart(charge: List[int], drain: List[int]) -> int:
    """Drive once from station 0 allowing a negative battery; the station just after the
    lowest point of the running balance is a valid start (if the total is not negative)."""
    balance, lowest, at = 0, 0, 0
    for i in range(len(charge)):
        balance += charge[i] - drain[i]
        if balance < lowest:
            lowest, at = balance, i + 1
    if balance < 0:
        return -1
    return at % len(charge)
