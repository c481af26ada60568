"""Greedy by priority: in every slot run the ready kind with the most jobs left.

A max-heap (negated counts) holds the kinds that may run now; a kind that has just run
waits in a FIFO queue with the slot at which it becomes ready again (everyone waits the
same gap, so the queue stays in order of that slot). When nothing is ready, the machine
idles: instead of stepping through the idle slots one by one, the clock jumps to the slot
at which the first waiting kind becomes ready.

Running the kind with the most jobs left is optimal: it is the kind most likely to force
idle slots later. Time O(n log d) for n jobs of d kinds; extra space O(d).
"""

import heapq
from collections import Counter, deque


def fewestSlots(jobs: list[int], gap: int) -> int:
    ready = [-count for count in Counter(jobs).values()]
    heapq.heapify(ready)
    waiting: deque[tuple[int, int]] = deque()  # (first slot it may run, -jobs left)
    slot = 0  # the next slot to fill; at the end, the number of slots used
    while ready or waiting:
        if not ready:
            slot = waiting[0][0]  # idle until the first waiting kind is ready
        while waiting and waiting[0][0] <= slot:
            heapq.heappush(ready, waiting.popleft()[1])
        left = heapq.heappop(ready) + 1  # run one job of the busiest ready kind
        slot += 1
        if left < 0:
            waiting.append((slot + gap, left))
    return slot
