# bug: builds a sorted copy and rebinds the local name, so the caller's list is unchanged
# fails on: {"colours": [1, 0]}
def partitionColours(colours):
    colours = sorted(colours)
