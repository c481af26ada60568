# bug: copies a block that ends exactly where the booking starts as if it came before (<= instead of <)
# fails on: {"calendar": [[3, 5]], "booking": [5, 6]}
def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    lo, hi = booking
    out, i, n = [], 0, len(calendar)
    while i < n and calendar[i][1] <= lo:
        out.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= hi:
        lo, hi = min(lo, calendar[i][0]), max(hi, calendar[i][1])
        i += 1
    out.append([lo, hi])
    out.extend(list(b) for b in calendar[i:])
    return out
