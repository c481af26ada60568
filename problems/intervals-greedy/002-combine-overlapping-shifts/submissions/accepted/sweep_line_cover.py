def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    """Sweep line: sorted start events (+1) and end events (-1), a start before an end at
    the same moment so touching shifts join. A block opens when the count rises from 0 and
    closes when it falls back to 0."""
    events = []
    for start, end in shifts:
        events.append((start, 0))
        events.append((end, 1))
    events.sort()
    blocks = []
    active = 0
    opened = 0
    for time, kind in events:
        if kind == 0:
            if active == 0:
                opened = time
            active += 1
        else:
            active -= 1
            if active == 0:
                blocks.append([opened, time])
    return blocks
