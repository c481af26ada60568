# bug: recurses with i + 1, so each stamp value can be used at most once (fails samples 1 and 3)
# fails on: {"stamps": [2], "postage": 4}
# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    values = sorted(stamps)
    result = []

    def backtrack(start, remaining, chosen):
        if remaining == 0:
            result.append(chosen)
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            backtrack(i + 1, remaining - values[i], chosen + [values[i]])

    backtrack(0, postage, [])
    return result
