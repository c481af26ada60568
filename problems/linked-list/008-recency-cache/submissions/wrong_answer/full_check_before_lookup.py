# bug: checks for a full cache before checking whether the key is already there, so replacing a value in a full cache evicts a key
# fails on: {"ops": ["RecencyCache", "put", "put", "put"], "args": [[2], [1, 1], [2, 2], [2, 5]]}
from collections import OrderedDict


class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        evicted = -1
        if len(self.data) == self.capacity:
            evicted = self.data.popitem(last=False)[0]
        self.data[key] = value
        self.data.move_to_end(key)
        return evicted
