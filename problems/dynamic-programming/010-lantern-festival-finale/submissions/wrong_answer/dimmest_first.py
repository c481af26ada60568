# bug: greedy: always releases the dimmest lantern left (the leftmost one on ties), hoping to keep bright neighbours together
# fails on: {"glow": [2, 1, 2, 3]}
def bestFinale(glow):
    row = list(glow)
    total = 0
    while row:
        k = row.index(min(row))
        total += (row[k - 1] if k else 1) * row[k] * (row[k + 1] if k + 1 < len(row) else 1)
        row.pop(k)
    return total
