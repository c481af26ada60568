# bug: applies the skip-equal-neighbour rule without sorting first, so copies that are not side by side still make repeated baskets
# fails on: {"pile": [1, 2, 1]}
def distinctBaskets(pile):
    out = []
    basket = []

    def go(start):
        out.append(list(basket))
        for j in range(start, len(pile)):
            if j > start and pile[j] == pile[j - 1]:
                continue
            basket.append(pile[j])
            go(j + 1)
            basket.pop()

    go(0)
    return out
