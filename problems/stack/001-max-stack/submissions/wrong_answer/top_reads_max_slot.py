# bug: top() reads the running-max slot of the (value, max) pair instead of the value (passes the samples)
# fails on: {"ops": ["MaxStack", "push", "push", "top"], "args": [[], [5], [1], []]}
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
        return self.items[-1][1]

    def getMax(self):
        return self.items[-1][1]
