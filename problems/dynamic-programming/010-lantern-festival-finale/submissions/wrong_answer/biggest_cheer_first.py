# bug: greedy: always releases the lantern whose cheer is largest right now
# fails on: {"glow": [3, 3, 1, 3]}
def bestFinale(glow):
    row = list(glow)
    total = 0
    while row:
        scores = [(row[k - 1] if k else 1) * row[k] * (row[k + 1] if k + 1 < len(row) else 1) for k in range(len(row))]
        k = scores.index(max(scores))
        total += scores[k]
        row.pop(k)
    return total
