"""Per name, the stamps and texts of its saves in arrival order, which is time order.

A lookup at time t wants the last save with stamp <= t: binary search the first stamp
greater than t; the save just before it is the answer, and there is none when that
position is 0.

Time O(1) per save, O(log n) per lookup; space O(n).
"""


class TimedNotes:
    def __init__(self) -> None:
        self._stamps: dict[str, list[int]] = {}
        self._texts: dict[str, list[str]] = {}

    def save(self, name: str, text: str, stamp: int) -> None:
        if name not in self._stamps:
            self._stamps[name] = []
            self._texts[name] = []
        self._stamps[name].append(stamp)
        self._texts[name].append(text)

    def lookup(self, name: str, stamp: int) -> str:
        stamps = self._stamps.get(name)
        if stamps is None:
            return ""
        lo, hi = 0, len(stamps)
        while lo < hi:  # first index whose stamp is greater than `stamp`
            mid = (lo + hi) // 2
            if stamps[mid] <= stamp:
                lo = mid + 1
            else:
                hi = mid
        return self._texts[name][lo - 1] if lo else ""
