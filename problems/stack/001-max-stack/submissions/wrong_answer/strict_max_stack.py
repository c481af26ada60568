# bug: the side stack of maxima only takes values strictly above its top, so a repeated maximum is lost on the first pop (fails sample 02)
# fails on: {"ops": ["MaxStack", "push", "push", "push", "pop", "getMax"], "args": [[], [1], [6], [6], [], []]}
# origin: independent
class MaxStack:
    def __init__(self):
        self.items = []
        self.maxes = []

    def push(self, val):
        self.items.append(val)
        if not self.maxes or val > self.maxes[-1]:
            self.maxes.append(val)

    def pop(self):
        val = self.items.pop()
        if val == self.maxes[-1]:
            self.maxes.pop()
        return val

    def top(self):
        return self.items[-1]

    def getMax(self):
        return self.maxes[-1]
