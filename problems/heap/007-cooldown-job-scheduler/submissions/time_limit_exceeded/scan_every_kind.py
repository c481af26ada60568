# slow: picks the ready kind with the most jobs left by scanning every kind for each job, O(n d)
def fewestSlots(jobs: List[int], gap: int) -> int:
    kinds = list(Counter(jobs).values())  # jobs left per kind
    free = [0] * len(kinds)  # first slot each kind may run
    slot, left = 0, len(jobs)
    while left:
        best = -1
        for i in range(len(kinds)):
            if kinds[i] and free[i] <= slot and (best < 0 or kinds[i] > kinds[best]):
                best = i
        if best < 0:  # nothing ready: idle until the first kind is
            slot = min(free[i] for i in range(len(kinds)) if kinds[i])
            continue
        kinds[best] -= 1
        left -= 1
        free[best] = slot + gap + 1
        slot += 1
    return slot
