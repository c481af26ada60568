# bug: put returns the value of the evicted entry instead of its key
# fails on: {"ops": ["RecencyCache", "put", "put"], "args": [[1], [1, 5], [2, 6]]}
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
        if key in self.data:
            self.data[key] = value
            self.data.move_to_end(key)
            return -1
        evicted = -1
        if len(self.data) == self.capacity:
            evicted = self.data.popitem(last=False)[1]
        self.data[key] = value
        return evicted
