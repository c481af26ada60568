# bug: uses -1 as the "no previous label" sentinel, but -1 is a real label, so baskets with a -1 picked first at a level are skipped (passes the samples)
# fails on: {"pile": [-1]}
# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    items = sorted(pile)
    result = []
    basket = []

    def backtrack(start):
        result.append(basket[:])
        prev = -1
        for i in range(start, len(items)):
            if items[i] == prev:
                continue
            prev = items[i]
            basket.append(items[i])
            backtrack(i + 1)
            basket.pop()

    backtrack(0)
    return result
