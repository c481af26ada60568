# bug: splices neighbours of the sorted pile in rounds, like a tournament bracket
# fails on: {"lengths": [1, 2, 3, 4]}
def spliceCost(lengths: List[int]) -> int:
    pile = sorted(lengths)
    total = 0
    while len(pile) > 1:
        joined = [pile[i] + pile[i + 1] for i in range(0, len(pile) - 1, 2)]
        total += sum(joined)
        if len(pile) % 2:
            joined.append(pile[-1])
        pile = sorted(joined)
    return total
