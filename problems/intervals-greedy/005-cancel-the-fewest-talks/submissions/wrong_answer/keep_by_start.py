# bug: sorts by start and keeps the first talk of every clash, so one long early talk blocks many short ones
# fails on: {"talks": [[0, 10], [1, 2], [2, 3]]}
def fewestCancellations(talks: List[List[int]]) -> int:
    cancelled, end = 0, None
    for s, e in sorted(talks):
        if end is None or s >= end:
            end = e
        else:
            cancelled += 1
    return cancelled
