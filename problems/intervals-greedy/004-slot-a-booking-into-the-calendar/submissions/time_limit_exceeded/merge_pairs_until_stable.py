# slow: O(n^2): adds the booking, then compares every pair of blocks, merging until none meet
def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    blocks = [list(b) for b in calendar] + [list(booking)]
    merged = True
    while merged:
        merged = False
        out = []
        for s in blocks:
            for b in out:
                if s[0] <= b[1] and b[0] <= s[1]:
                    b[0], b[1] = min(b[0], s[0]), max(b[1], s[1])
                    merged = True
                    break
            else:
                out.append(s)
        blocks = out
    return sorted(blocks)
