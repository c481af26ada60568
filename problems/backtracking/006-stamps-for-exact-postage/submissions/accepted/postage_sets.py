# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    values = sorted(stamps)
    result = []
    chosen = []

    def backtrack(start, remaining):
        if remaining == 0:
            result.append(chosen[:])
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            backtrack(i, remaining - values[i])
            chosen.pop()

    backtrack(0, postage)
    return result
