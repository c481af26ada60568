# bug: greedy shortcut: puts beacon i on the site nearest to the evenly spaced point first + i * span / (k - 1), which is not always the best placement (passes all samples)
# fails on: {"sites": [4, 0, 8, 3, 2], "k": 4}
# origin: independent
from bisect import bisect_left


def widestSpacing(sites, k):
    sites = sorted(sites)
    first, span = sites[0], sites[-1] - sites[0]
    chosen = []
    for i in range(k):
        target = first + i * span / (k - 1)
        j = bisect_left(sites, target)
        if j == len(sites) or (j > 0 and target - sites[j - 1] <= sites[j] - target):
            j -= 1
        chosen.append(sites[j])
    return min(b - a for a, b in zip(chosen, chosen[1:]))
