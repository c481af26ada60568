# slow: O(n * (answer - average)): starts from the total divided by the hours and counts up
def slowestPace(pages, hours):
    p = max(1, -(-sum(pages) // hours))
    while sum((x + p - 1) // p for x in pages) > hours:
        p += 1
    return p
