# bug: a second copy of the current maximum is not recorded, so popping one copy also forgets the other
# fails on: {"ops": ["MaxStack", "push", "push", "push", "pop", "getMax"], "args": [[], [2], [7], [7], [], []]}
class MaxStack:
    def __init__(self):
        self.items = []
        self.leaders = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.leaders or val > self.leaders[-1]:
            self.leaders.append(val)

    def pop(self) -> int:
        val = self.items.pop()
        if val == self.leaders[-1]:
            self.leaders.pop()
        return val

    def top(self) -> int:
        return self.items[-1]

    def getMax(self) -> int:
        return self.leaders[-1]
