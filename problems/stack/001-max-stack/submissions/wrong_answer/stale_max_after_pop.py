# bug: the maximum is never lowered on pop, even when the popped value was the maximum
# fails on: {"ops": ["MaxStack", "push", "push", "pop", "getMax"], "args": [[], [1], [5], [], []]}
class MaxStack:
    def __init__(self):
        self.items = []
        self.best = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.best is None or val > self.best:
            self.best = val

    def pop(self) -> int:
        return self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMax(self) -> int:
        return self.best
