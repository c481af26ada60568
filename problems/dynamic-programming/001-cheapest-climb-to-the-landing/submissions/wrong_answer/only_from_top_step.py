# bug: assumes the landing is always entered from the top step, forgetting the two-step jump from the step below it
# fails on: {"toll": [0, 5, 0, 9]}
def cheapestClimb(toll):
    before, last = toll[0], toll[1]
    for i in range(2, len(toll)):
        before, last = last, toll[i] + min(before, last)
    return last
