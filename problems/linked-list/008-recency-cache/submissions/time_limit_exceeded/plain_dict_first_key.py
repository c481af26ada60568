# slow: a plain dict in order of use, evicting next(iter(d)): each deletion leaves a dead slot at the front of the dict's entry table until the next resize, so finding the first live key gets slower and slower under eviction churn (O(capacity) per eviction)
class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return -1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
            self.data[key] = value
            return -1
        evicted = -1
        if len(self.data) == self.capacity:
            evicted = next(iter(self.data))
            del self.data[evicted]
        self.data[key] = value
        return evicted
