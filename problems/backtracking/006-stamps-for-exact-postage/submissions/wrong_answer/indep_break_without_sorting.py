# bug: stops the loop at the first stamp that is too big, but the stamps were never sorted, so smaller stamps after it are skipped (passes the samples)
# fails on: {"stamps": [5, 1], "postage": 6}
# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    result = []
    chosen = []

    def backtrack(start, remaining):
        if remaining == 0:
            result.append(chosen[:])
            return
        for i in range(start, len(stamps)):
            if stamps[i] > remaining:
                break
            chosen.append(stamps[i])
            backtrack(i, remaining - stamps[i])
            chosen.pop()

    backtrack(0, postage)
    return result
