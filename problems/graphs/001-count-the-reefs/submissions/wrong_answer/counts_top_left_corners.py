# bug: counts coral squares with no coral above and none to the left, as if each reef had exactly one such corner; a U-shaped reef has two
# fails on: {"chart": [[1, 0, 1], [1, 1, 1]]}
def countReefs(chart):
    count = 0
    for i, row in enumerate(chart):
        for j, v in enumerate(row):
            if v == 1 and (i == 0 or chart[i - 1][j] == 0) and (j == 0 or row[j - 1] == 0):
                count += 1
    return count
