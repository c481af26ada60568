# bug: after sorting by end, compares each talk with the previous talk instead of the last kept one
# fails on: {"talks": [[1, 3], [2, 4], [3, 5]]}
def fewestCancellations(talks: List[List[int]]) -> int:
    order = sorted(talks, key=lambda t: t[1])
    cancelled = 0
    for i in range(1, len(order)):
        if order[i][0] < order[i - 1][1]:
            cancelled += 1
    return cancelled
