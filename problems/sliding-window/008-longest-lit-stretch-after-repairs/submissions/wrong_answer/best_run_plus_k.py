def longestLitStretch(lamps, k):
    # bug: assumes the repairs are best spent extending the single longest run of 1s,
    # so it never joins two runs separated by a broken lamp
    longest = run = 0
    for lamp in lamps:
        run = run + 1 if lamp == 1 else 0
        longest = max(longest, run)
    return min(len(lamps), longest + k)
