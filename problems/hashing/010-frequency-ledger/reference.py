"""Two hash maps and the current maximum.

_count maps each held value to its number of copies (values with no copies are deleted);
_holders maps each count c >= 1 to how many distinct values have exactly c copies
(counts that nobody has are deleted, so `f in _holders` is exact). Each add or remove moves
one value between two neighbouring counts, so the maximum count changes by at most one.

Time O(1) on average for every operation; extra space O(d) for d distinct values held.
"""


class FrequencyLedger:
    def __init__(self) -> None:
        self._count: dict[int, int] = {}
        self._holders: dict[int, int] = {}
        self._top = 0

    def _move(self, old: int, new: int) -> None:
        """One value goes from `old` copies to `new` copies (0 means not held)."""
        holders = self._holders
        if old:
            if holders[old] == 1:
                del holders[old]
            else:
                holders[old] -= 1
        if new:
            holders[new] = holders.get(new, 0) + 1

    def add(self, x: int) -> None:
        old = self._count.get(x, 0)
        self._count[x] = old + 1
        self._move(old, old + 1)
        if old + 1 > self._top:
            self._top = old + 1

    def remove(self, x: int) -> None:
        old = self._count.get(x, 0)
        if old == 0:
            return
        if old == 1:
            del self._count[x]
        else:
            self._count[x] = old - 1
        self._move(old, old - 1)
        if old == self._top and old not in self._holders:
            # x was the last value with the top count; it now has old - 1 copies
            self._top = old - 1

    def hasFrequency(self, f: int) -> bool:
        return f in self._holders

    def maxFrequency(self) -> int:
        return self._top
