# bug: widens only the booking's end when absorbing blocks; its start never moves back to a block's start
# fails on: {"calendar": [[1, 5]], "booking": [3, 7]}
def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    lo, hi = booking
    out, i, n = [], 0, len(calendar)
    while i < n and calendar[i][1] < lo:
        out.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= hi:
        hi = max(hi, calendar[i][1])
        i += 1
    out.append([lo, hi])
    out.extend(list(b) for b in calendar[i:])
    return out
