# bug: only put moves a key to the most recent end; a successful get leaves the order unchanged
# fails on: {"ops": ["RecencyCache", "put", "put", "get", "put"], "args": [[2], [1, 1], [2, 2], [1], [3, 3]]}
from collections import OrderedDict


class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        return self.data.get(key, -1)

    def put(self, key, value):
        if key in self.data:
            self.data[key] = value
            self.data.move_to_end(key)
            return -1
        evicted = -1
        if len(self.data) == self.capacity:
            evicted = self.data.popitem(last=False)[0]
        self.data[key] = value
        return evicted
