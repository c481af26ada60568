# slow: O(n^2) per pass: compares every pair of shifts, merging one pair at a time until none meet
def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    blocks = [list(s) for s in shifts]
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
