"""Stack with a parallel list of running maxima.

_maxes[i] is the largest of _vals[0..i], fixed when _vals[i] is pushed: the items below
a position cannot change while it is on the stack. A pop shrinks both lists, and the
maximum of what remains is already recorded at the new top.

Time O(1) for every operation; extra space O(n) for n items on the stack.
"""


class MaxStack:
    def __init__(self) -> None:
        self._vals: list[int] = []
        self._maxes: list[int] = []

    def push(self, val: int) -> None:
        maxes = self._maxes
        maxes.append(val if not maxes or val > maxes[-1] else maxes[-1])
        self._vals.append(val)

    def pop(self) -> int:
        self._maxes.pop()
        return self._vals.pop()

    def top(self) -> int:
        return self._vals[-1]

    def getMax(self) -> int:
        return self._maxes[-1]
