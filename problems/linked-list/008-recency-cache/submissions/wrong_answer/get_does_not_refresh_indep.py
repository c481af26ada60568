# bug: get returns the value but does not move the key to the recent end, so eviction order ignores gets; fails sample 1
# fails on: {"ops": ["RecencyCache", "put", "put", "get", "put"], "args": [[2], [1, 1], [2, 2], [1], [3, 3]]}
# origin: independent
from collections import OrderedDict


class RecencyCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        return self.data[key]

    def put(self, key: int, value: int) -> int:
        if key in self.data:
            self.data[key] = value
            self.data.move_to_end(key)
            return -1
        evicted = -1
        if len(self.data) == self.capacity:
            evicted, _ = self.data.popitem(last=False)
        self.data[key] = value
        return evicted
