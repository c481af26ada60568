# bug: sorts once and always adds the next shortest original to the cable just made
# fails on: {"lengths": [5, 5, 5, 5]}
def spliceCost(lengths: List[int]) -> int:
    pieces = sorted(lengths)
    total = 0
    current = pieces[0] if pieces else 0
    for length in pieces[1:]:
        current += length
        total += current
    return total
