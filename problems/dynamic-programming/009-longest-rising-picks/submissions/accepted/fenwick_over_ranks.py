# a Fenwick tree over value ranks holding the best run length (and where it ends) for prefix maxima; O(n log n)
def longestRisingPicks(nums):
    ranks = {v: r + 1 for r, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    best_len = [0] * (size + 1)
    best_end = [-1] * (size + 1)
    before = [-1] * len(nums)
    top_len, top_end = 0, -1
    for i, x in enumerate(nums):
        r = ranks[x] - 1  # strictly smaller values only
        got_len, got_end = 0, -1
        while r > 0:
            if best_len[r] > got_len:
                got_len, got_end = best_len[r], best_end[r]
            r &= r - 1
        before[i] = got_end
        mine = got_len + 1
        if mine > top_len:
            top_len, top_end = mine, i
        r = ranks[x]
        while r <= size:
            if best_len[r] < mine:
                best_len[r], best_end[r] = mine, i
            r += r & -r
    out = []
    i = top_end
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]
