"""Monotonic stack of the indices of days that are still waiting for a warmer day.

The readings of the waiting days never increase from the bottom of the stack to the top.
A new day settles every waiting day on top that is strictly colder (answer = distance),
then waits itself. Days never settled keep the answer 0.

Time O(n): every index is pushed once and popped at most once. Extra space O(n).
"""


def daysUntilWarmer(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting: list[int] = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
