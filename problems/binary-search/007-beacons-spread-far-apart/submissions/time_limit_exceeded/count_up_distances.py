# slow: O(n * answer): tries distances 1, 2, 3, ... while k beacons still fit
def widestSpacing(sites, k):
    order = sorted(sites)

    def fits(d):
        placed, last = 1, order[0]
        for s in order:
            if s - last >= d:
                placed += 1
                last = s
        return placed >= k

    d = 1
    while fits(d + 1):
        d += 1
    return d
