# bug: sorts heaviest first and always puts the next crate on the lighter side (fails sample 2)
# fails on: {"weights": [3, 3, 2, 2, 2]}
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    port = starboard = 0
    for w in sorted(weights, reverse=True):
        if port <= starboard:
            port += w
        else:
            starboard += w
    return port == starboard
