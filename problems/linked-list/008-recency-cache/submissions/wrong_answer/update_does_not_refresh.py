# bug: putting an existing key only replaces its value and leaves its position, so the update does not count as a use; fails sample 2
# fails on: {"ops": ["RecencyCache", "put", "put", "put", "put"], "args": [[2], [1, 1], [2, 2], [1, 5], [3, 3]]}
# origin: independent
from collections import OrderedDict


class RecencyCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> int:
        if key in self.data:
            self.data[key] = value
            return -1
        evicted = -1
        if len(self.data) == self.capacity:
            evicted, _ = self.data.popitem(last=False)
        self.data[key] = value
        return evicted
