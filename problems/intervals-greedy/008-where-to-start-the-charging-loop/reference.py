"""Running surplus with a restart: the classic one-pass circuit greedy.

If the total charge is below the total drain, no start can work. Otherwise sweep with a
running balance from a candidate start. When the balance goes negative after leg i, every
station from the candidate to i fails too (each would arrive at i with no more energy than
the candidate had, since the candidate reached it with a non-negative balance), so the
next candidate is i + 1. With a non-negative total, the last candidate completes the loop.

Time O(n); extra space O(1).
"""


def loopStart(charge: list[int], drain: list[int]) -> int:
    if sum(charge) < sum(drain):
        return -1
    start = balance = 0
    for i in range(len(charge)):
        balance += charge[i] - drain[i]
        if balance < 0:
            start = i + 1
            balance = 0
    return start
