# bug: spends every repair on extending the single longest run of working lamps, so it never joins two runs across a broken lamp
# fails on: {"lamps": [1, 0, 1], "k": 1}
def longestLitStretch(lamps, k):
    longest = run = 0
    for lamp in lamps:
        run = run + 1 if lamp == 1 else 0
        longest = max(longest, run)
    return min(len(lamps), longest + k)
