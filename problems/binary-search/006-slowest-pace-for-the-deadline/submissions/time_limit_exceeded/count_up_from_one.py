# slow: O(n * answer): tries paces 1, 2, 3, ... until one fits
def slowestPace(pages, hours):
    p = 1
    while sum((x + p - 1) // p for x in pages) > hours:
        p += 1
    return p
