# bug: memoizes on the remaining amount only, ignoring the start index, so a cached answer built from all stamps is reused where only later stamps are allowed and sets repeat (fails sample 3)
# fails on: {"stamps": [1, 2], "postage": 3}
# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    values = sorted(stamps)
    memo = {}

    def sets_for(remaining, start):
        if remaining == 0:
            return [[]]
        if remaining in memo:
            return memo[remaining]
        found = []
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            for rest in sets_for(remaining - values[i], i):
                found.append([values[i]] + rest)
        memo[remaining] = found
        return found

    return sets_for(postage, 0)
