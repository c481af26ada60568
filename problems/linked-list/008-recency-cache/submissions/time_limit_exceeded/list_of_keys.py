# slow: O(capacity) per call: keeps the keys in a Python list and removes them from its middle on every use
# origin: independent
class RecencyCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.order = []

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> int:
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
