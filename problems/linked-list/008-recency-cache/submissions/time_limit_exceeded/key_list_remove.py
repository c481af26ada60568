# slow: O(capacity) per call: the order of use is a Python list of keys, and every use calls list.remove
class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []  # least recently used first

    def get(self, key):
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.values[key] = value
            self.order.remove(key)
            self.order.append(key)
            return -1
        evicted = -1
        if len(self.order) == self.capacity:
            evicted = self.order.pop(0)
            del self.values[evicted]
        self.values[key] = value
        self.order.append(key)
        return evicted
