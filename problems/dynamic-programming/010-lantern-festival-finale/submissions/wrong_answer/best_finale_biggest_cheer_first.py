# bug: greedy, always releases the lantern that gives the biggest cheer right now (fails samples 2 and 3)
# fails on: {"glow": [3, 3, 1, 3]}
# origin: independent
def bestFinale(glow: List[int]) -> int:
    row = list(glow)
    total = 0
    while row:
        best_i, best_score = 0, -1
        for i in range(len(row)):
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            if left * row[i] * right > best_score:
                best_i, best_score = i, left * row[i] * right
        total += best_score
        row.pop(best_i)
    return total
