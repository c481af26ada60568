def partitionColours(colours):
    # Correct but quadratic: keep swapping neighbours that are out of order until
    # a whole pass changes nothing.
    n = len(colours)
    changed = True
    while changed:
        changed = False
        for i in range(n - 1):
            if colours[i] > colours[i + 1]:
                colours[i], colours[i + 1] = colours[i + 1], colours[i]
                changed = True
