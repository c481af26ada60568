"""Brute force for cross-checking the reference: a plain list and max() on every query."""

from hypothesis import strategies as st


@st.composite
def _operations(draw):
    ops, args, size = ["MaxStack"], [[]], 0
    for _ in range(draw(st.integers(0, 25))):
        choices = ["push"] + (["pop", "top", "getMax"] if size else [])
        op = draw(st.sampled_from(choices))
        ops.append(op)
        if op == "push":
            args.append([draw(st.integers(-5, 5))])
            size += 1
        else:
            args.append([])
            size -= op == "pop"
    return {"ops": ops, "args": args}


def inputs():
    return _operations()


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
