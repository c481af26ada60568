"""A dict from key to node plus a doubly linked list ordered by last use.

Two sentinels close the list: `_old.next` is the least recently used entry and
`_new.prev` the most recent one, so no link is ever None. A use moves a node next to
`_new`; an eviction takes the node after `_old`. Every call is O(1); space O(capacity).
"""


class _Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: int | None, value: int | None) -> None:
        self.key = key
        self.value = value
        self.prev: _Entry | None = None
        self.next: _Entry | None = None


class RecencyCache:
    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._entries: dict[int, _Entry] = {}
        self._old = _Entry(None, None)  # sentinels: their key and value are never read
        self._new = _Entry(None, None)
        self._old.next = self._new
        self._new.prev = self._old

    def _unlink(self, entry: _Entry) -> None:
        entry.prev.next = entry.next
        entry.next.prev = entry.prev

    def _append(self, entry: _Entry) -> None:
        last = self._new.prev
        last.next = entry
        entry.prev = last
        entry.next = self._new
        self._new.prev = entry

    def get(self, key: int) -> int:
        entry = self._entries.get(key)
        if entry is None:
            return -1
        self._unlink(entry)
        self._append(entry)
        return entry.value

    def put(self, key: int, value: int) -> int:
        entry = self._entries.get(key)
        if entry is not None:
            entry.value = value
            self._unlink(entry)
            self._append(entry)
            return -1
        evicted = -1
        if len(self._entries) == self._capacity:
            oldest = self._old.next
            self._unlink(oldest)
            del self._entries[oldest.key]
            evicted = oldest.key
        entry = _Entry(key, value)
        self._entries[key] = entry
        self._append(entry)
        return evicted
