# slow: O(n) per getMax: scans the whole stack with max() on every query
# origin: independent
class MaxStack:
    def __init__(self):
        self.items = []

    def push(self, val):
        self.items.append(val)

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def getMax(self):
        return max(self.items)
