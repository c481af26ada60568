def fewestVisits(windows: List[List[int]]) -> int:
    """Sort by first day. Keep the latest day the current visit may still be on (the
    smallest closing day of its group); a window opening after it needs a new visit."""
    visits = 0
    latest = None
    for first, last in sorted(windows, key=lambda w: w[0]):
        if latest is None or first > latest:
            visits += 1
            latest = last
        elif last < latest:
            latest = last
    return visits
