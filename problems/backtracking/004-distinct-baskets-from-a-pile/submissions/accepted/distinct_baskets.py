# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    items = sorted(pile)
    result = []
    basket = []

    def backtrack(start):
        result.append(basket[:])
        for i in range(start, len(items)):
            if i > start and items[i] == items[i - 1]:
                continue
            basket.append(items[i])
            backtrack(i + 1)
            basket.pop()

    backtrack(0)
    return result
