def distinctBaskets(pile):
    """Sort, then backtrack from a start index, trying each value once per position."""
    values = sorted(pile)
    answer = []
    basket = []

    def extend(start):
        answer.append(list(basket))
        for j in range(start, len(values)):
            if j > start and values[j] == values[j - 1]:
                continue
            basket.append(values[j])
            extend(j + 1)
            basket.pop()

    extend(0)
    return answer
