# builds the largest failing pace bit by bit, from the highest power of two down; the answer is one more
def slowestPace(pages, hours):
    def fits(p):
        return sum((x + p - 1) // p for x in pages) <= hours

    bad = 0
    step = 1 << 30
    while step:
        if bad + step <= max(pages) and not fits(bad + step):
            bad += step
        step >>= 1
    return bad + 1
