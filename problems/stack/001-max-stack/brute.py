"""Brute force for cross-checking the reference: a plain list and max() on every query."""

from hypothesis import strategies as st


def _calls(steps):
    """Valid call sequences: a query or pop on an empty stack becomes a push."""
    ops, args, size = ["MaxStack"], [[]], 0
    for op, value in steps:
        if op != "push" and not size:
            op = "push"
        ops.append(op)
        if op == "push":
            args.append([value])
            size += 1
        else:
            args.append([])
            size -= op == "pop"
    return {"ops": ops, "args": args}


def inputs():
    step = st.tuples(st.sampled_from(["push", "pop", "top", "getMax"]), st.integers(-5, 5))
    return st.lists(step, max_size=25).map(_calls)


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
