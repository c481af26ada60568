# slow: O(n * visits): after each visit, scans every remaining window to strike out the covered ones
def fewestVisits(windows: List[List[int]]) -> int:
    left = sorted(windows, key=lambda w: w[1])
    visits = 0
    while left:
        day = left[0][1]
        visits += 1
        left = [w for w in left if not w[0] <= day <= w[1]]
    return visits
