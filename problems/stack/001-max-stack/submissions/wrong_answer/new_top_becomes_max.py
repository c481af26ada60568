# bug: after popping the maximum it assumes the new top is the new maximum (passes the samples)
# fails on: {"ops": ["MaxStack", "push", "push", "push", "push", "pop", "getMax"], "args": [[], [5], [1], [3], [7], [], []]}
# origin: independent
class MaxStack:
    def __init__(self):
        self.items = []
        self.current_max = None

    def push(self, val):
        self.items.append(val)
        if self.current_max is None or val > self.current_max:
            self.current_max = val

    def pop(self):
        val = self.items.pop()
        if val == self.current_max:
            self.current_max = self.items[-1] if self.items else None
        return val

    def top(self):
        return self.items[-1]

    def getMax(self):
        return self.current_max
