# bug: always starts on step 0, so step 1 can only be reached through step 0 (fails sample 3)
# fails on: {"toll": [10, 0]}
# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    prev, cur = toll[0], toll[0] + toll[1]
    for i in range(2, len(toll)):
        prev, cur = cur, toll[i] + min(prev, cur)
    return min(prev, cur)
