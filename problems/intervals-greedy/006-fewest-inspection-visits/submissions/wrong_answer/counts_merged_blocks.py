# bug: counts blocks of chained overlapping windows, but a chain can need more than one visit
# fails on: {"windows": [[1, 3], [2, 5], [4, 6]]}
def fewestVisits(windows: List[List[int]]) -> int:
    blocks, end = 0, None
    for first, last in sorted(windows):
        if end is None or first > end:
            blocks += 1
            end = last
        else:
            end = max(end, last)
    return blocks
