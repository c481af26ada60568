# bug: skips equal neighbours without sorting first, so copies that are not next to each other give repeated baskets (fails sample 1)
# fails on: {"pile": [2, 1, 2]}
# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    result = []
    basket = []

    def backtrack(start):
        result.append(basket[:])
        for i in range(start, len(pile)):
            if i > start and pile[i] == pile[i - 1]:
                continue
            basket.append(pile[i])
            backtrack(i + 1)
            basket.pop()

    backtrack(0)
    return result
