from bisect import bisect_left, bisect_right


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    """Binary search for the run of blocks that meet the booking, then splice: the blocks
    before it, the widened booking, the blocks after it."""
    lo, hi = booking
    ends = [b[1] for b in calendar]
    starts = [b[0] for b in calendar]
    first = bisect_left(ends, lo)      # first block ending at or after lo
    stop = bisect_right(starts, hi)    # first block starting after hi
    if first < stop:
        lo = min(lo, calendar[first][0])
        hi = max(hi, calendar[stop - 1][1])
    return [list(b) for b in calendar[:first]] + [[lo, hi]] + [list(b) for b in calendar[stop:]]
