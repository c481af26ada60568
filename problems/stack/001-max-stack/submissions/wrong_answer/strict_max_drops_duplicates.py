class MaxStack:
    def __init__(self):
        self.items = []
        self.leaders = []

    def push(self, val: int) -> None:
        self.items.append(val)
        # bug: a second copy of the current maximum is not recorded, so popping one copy
        # also forgets the other (and can even leave `leaders` empty)
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
