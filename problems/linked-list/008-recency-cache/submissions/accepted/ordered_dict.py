# collections.OrderedDict keeps the order of use: move_to_end on every use, popitem(last=False) to evict
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
            self.data.move_to_end(key)
            return -1
        evicted = -1
        if len(self.data) >= self.capacity:
            evicted, _ = self.data.popitem(last=False)
        self.data[key] = value
        return evicted
