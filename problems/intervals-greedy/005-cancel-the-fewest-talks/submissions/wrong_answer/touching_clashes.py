# bug: treats a talk that starts exactly when the last kept one ends as a clash (> instead of >=)
# fails on: {"talks": [[1, 3], [3, 5]]}
def fewestCancellations(talks: List[List[int]]) -> int:
    kept, end = 0, None
    for s, e in sorted(talks, key=lambda t: t[1]):
        if end is None or s > end:
            kept += 1
            end = e
    return len(talks) - kept
