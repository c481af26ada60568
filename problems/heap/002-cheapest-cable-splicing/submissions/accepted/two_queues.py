from collections import deque


def spliceCost(lengths: List[int]) -> int:
    """Sort once; spliced cables come out in non-decreasing order, so they can wait in a
    plain queue. The two shortest cables are always at the fronts of the two queues."""
    originals = deque(sorted(lengths))
    spliced = deque()

    def shortest():
        if not spliced or (originals and originals[0] <= spliced[0]):
            return originals.popleft()
        return spliced.popleft()

    total = 0
    while len(originals) + len(spliced) > 1:
        joined = shortest() + shortest()
        total += joined
        spliced.append(joined)
    return total
