# each item is stored with the maximum of the stack up to it, as a (value, max) pair
# origin: independent
class MaxStack:
    def __init__(self):
        self.items = []

    def push(self, val):
        if self.items:
            best = max(val, self.items[-1][1])
        else:
            best = val
        self.items.append((val, best))

    def pop(self):
        return self.items.pop()[0]

    def top(self):
        return self.items[-1][0]

    def getMax(self):
        return self.items[-1][1]
