"""One pass in three phases: blocks before the booking, blocks that meet it, blocks after.

Blocks ending before the booking starts are copied. Blocks starting at or before the
(growing) booking's end meet it, touching included, and are absorbed: the booking widens
to the smaller start and the larger end. Everything after that starts past the booking's
end and is copied unchanged; the calendar was tidy, so it stays tidy.

Time O(n); extra space O(n) for the answer.
"""


def addBooking(calendar: list[list[int]], booking: list[int]) -> list[list[int]]:
    lo, hi = booking
    out: list[list[int]] = []
    i, n = 0, len(calendar)
    while i < n and calendar[i][1] < lo:
        out.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= hi:
        lo = min(lo, calendar[i][0])
        hi = max(hi, calendar[i][1])
        i += 1
    out.append([lo, hi])
    out.extend(list(block) for block in calendar[i:])
    return out
