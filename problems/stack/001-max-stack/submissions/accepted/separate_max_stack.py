class MaxStack:
    """Keep a second stack that holds only the values which were a maximum when pushed.

    A value goes onto the second stack when it is at least the current maximum (so equal
    copies are each recorded) and leaves it when that same value is popped.
    """

    def __init__(self):
        self.items = []
        self.leaders = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.leaders or val >= self.leaders[-1]:
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
