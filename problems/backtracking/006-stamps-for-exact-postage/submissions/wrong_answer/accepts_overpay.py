# bug: records a set as soon as the remaining amount drops to zero or below, so overpaying sets are returned too (fails all three samples)
# fails on: {"stamps": [2, 3], "postage": 4}
# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    result = []
    chosen = []

    def backtrack(start, remaining):
        if remaining <= 0:
            result.append(chosen[:])
            return
        for i in range(start, len(stamps)):
            chosen.append(stamps[i])
            backtrack(i, remaining - stamps[i])
            chosen.pop()

    backtrack(0, postage)
    return result
