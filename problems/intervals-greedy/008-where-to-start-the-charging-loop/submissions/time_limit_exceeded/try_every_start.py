# slow: O(n^2): drives the loop from every station in turn until one completes it
def loopStart(charge: List[int], drain: List[int]) -> int:
    n = len(charge)
    if sum(charge) < sum(drain):
        return -1
    for s in range(n):
        battery = 0
        for step in range(n):
            i = (s + step) % n
            battery += charge[i] - drain[i]
            if battery < 0:
                break
        else:
            return s
    return -1
