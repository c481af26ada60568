# bug: greedy, keeps the two end lanterns for last and always releases the dimmest lantern between them first (passes all samples)
# fails on: {"glow": [1, 2, 1]}
# origin: independent
def bestFinale(glow: List[int]) -> int:
    row = list(glow)
    total = 0
    while len(row) > 2:
        i = min(range(1, len(row) - 1), key=lambda k: row[k])
        total += row[i - 1] * row[i] * row[i + 1]
        row.pop(i)
    if len(row) == 2:
        a, b = row
        total += a * b + max(a, b)
    else:
        total += row[0]
    return total
