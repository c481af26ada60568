# bug: skips a value equal to its left neighbour even at the first slot of a level (j > 0 instead of j > start), so a label is never taken twice
# fails on: {"pile": [4, 4]}
def distinctBaskets(pile):
    values = sorted(pile)
    out = []
    basket = []

    def go(start):
        out.append(list(basket))
        for j in range(start, len(values)):
            if j > 0 and values[j] == values[j - 1]:
                continue
            basket.append(values[j])
            go(j + 1)
            basket.pop()

    go(0)
    return out
