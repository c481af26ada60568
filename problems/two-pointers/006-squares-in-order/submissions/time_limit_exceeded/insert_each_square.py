def squaresInOrder(nums):
    # Correct but quadratic: walk from the front of the result to find where each
    # new square belongs, then insert it there.
    out = []
    for x in nums:
        sq = x * x
        pos = 0
        while pos < len(out) and out[pos] < sq:
            pos += 1
        out.insert(pos, sq)
    return out
