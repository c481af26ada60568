# slow: O(n * M): tries every pace 1, 2, 3, ... until one fits
# origin: independent
def slowestPace(pages, hours):
    pace = 1
    while True:
        needed = 0
        for p in pages:
            needed += (p + pace - 1) // pace
        if needed <= hours:
            return pace
        pace += 1
