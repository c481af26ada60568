def partitionColours(colours):
    # bug: builds a sorted copy and rebinds the local name; the caller's list is unchanged
    colours = sorted(colours)
