def fewestCancellations(talks: List[List[int]]) -> int:
    """Sort by start. On a clash, cancel whichever of the two ends later: the one that
    stays is the better one to build on."""
    cancelled = 0
    end = None
    for s, e in sorted(talks, key=lambda t: t[0]):
        if end is None or s >= end:
            end = e
        else:
            cancelled += 1
            end = min(end, e)
    return cancelled
