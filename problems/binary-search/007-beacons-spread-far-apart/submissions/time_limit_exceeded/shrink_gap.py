# slow: O(n * V): tries every distance from the full span downwards until one fits
# origin: independent
def widestSpacing(sites, k):
    sites = sorted(sites)
    gap = sites[-1] - sites[0]
    while gap > 1:
        placed = 1
        last = sites[0]
        for s in sites[1:]:
            if s - last >= gap:
                placed += 1
                last = s
        if placed >= k:
            return gap
        gap -= 1
    return gap
