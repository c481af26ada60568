# slow: finds the two shortest cables by scanning the whole pile before every splice, O(n^2)
def spliceCost(lengths: List[int]) -> int:
    pile = list(lengths)
    total = 0
    while len(pile) > 1:
        a = min(pile)
        pile.remove(a)
        b = min(pile)
        pile.remove(b)
        total += a + b
        pile.append(a + b)
    return total
