# slow: O(capacity) per eviction: every key carries the time of its last use, and an eviction scans for the oldest
class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.stamp = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.stamp[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        evicted = -1
        if key not in self.values and len(self.values) == self.capacity:
            evicted = min(self.stamp, key=self.stamp.get)
            del self.values[evicted]
            del self.stamp[evicted]
        self.values[key] = value
        self._touch(key)
        return evicted
