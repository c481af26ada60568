def postageSets(stamps, postage):
    # explicit stack of (next index allowed, amount left, set so far), values sorted
    values = sorted(stamps)
    out = []
    stack = [(0, postage, [])]
    while stack:
        start, left, chosen = stack.pop()
        if left == 0:
            out.append(chosen)
            continue
        for j in range(start, len(values)):
            if values[j] > left:
                break
            stack.append((j, left - values[j], chosen + [values[j]]))
    return out
