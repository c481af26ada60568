def distinctBaskets(pile):
    # iterative: a repeated label only extends the baskets made in the previous round
    values = sorted(pile)
    out = [[]]
    last_round = 0
    for i, v in enumerate(values):
        begin = last_round if i > 0 and v == values[i - 1] else 0
        size = len(out)
        out += [b + [v] for b in out[begin:size]]
        last_round = size
    return out
