# bug: a new running max is taken against the value below it instead of the max below it (passes the samples)
# fails on: {"ops": ["MaxStack", "push", "push", "push", "getMax"], "args": [[], [9], [1], [2], []]}
# origin: independent
class MaxStack:
    def __init__(self):
        self.items = []

    def push(self, val):
        if self.items:
            best = max(val, self.items[-1][0])
        else:
            best = val
        self.items.append((val, best))

    def pop(self):
        return self.items.pop()[0]

    def top(self):
        return self.items[-1][0]

    def getMax(self):
        return self.items[-1][1]
