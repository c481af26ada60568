# bug: returns as soon as the widened booking is placed, losing every block after it
# fails on: {"calendar": [[1, 2], [8, 9]], "booking": [4, 5]}
def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    lo, hi = booking
    out = []
    for start, end in calendar:
        if end < lo:
            out.append([start, end])
        elif start <= hi:
            lo, hi = min(lo, start), max(hi, end)
        else:
            break
    out.append([lo, hi])
    return out
