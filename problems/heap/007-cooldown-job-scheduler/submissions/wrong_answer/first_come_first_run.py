# bug: runs the ready kinds in the order they became ready (a plain queue), not the busiest first
# fails on: {"jobs": [2, 1, 1, 1], "gap": 1}
def fewestSlots(jobs: List[int], gap: int) -> int:
    ready = deque(Counter(jobs).values())
    waiting = deque()  # (first slot it may run, jobs left)
    slot = 0
    while ready or waiting:
        if not ready:
            slot = waiting[0][0]
        while waiting and waiting[0][0] <= slot:
            ready.append(waiting.popleft()[1])
        left = ready.popleft() - 1
        slot += 1
        if left:
            waiting.append((slot + gap, left))
    return slot
