# bug: the duplicate skip tests i > 0 instead of i > start, so a second copy can never be added after the first (fails samples 1 and 2)
# fails on: {"pile": [4, 4]}
# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    items = sorted(pile)
    result = []
    basket = []

    def backtrack(start):
        result.append(basket[:])
        for i in range(start, len(items)):
            if i > 0 and items[i] == items[i - 1]:
                continue
            basket.append(items[i])
            backtrack(i + 1)
            basket.pop()

    backtrack(0)
    return result
