"""Brute force for cross-checking the reference: a plain list, sorted on every query."""

from hypothesis import strategies as st

VALUES = st.one_of(st.integers(-3, 3), st.sampled_from([-(10**9), 10**9]))


def _calls(steps):
    """Valid sequences: median on an empty board becomes an add, and a remove takes a
    value the board holds (chosen by the drawn number) or becomes an add."""
    ops, args, held = ["MedianBoard"], [[]], []
    for op, value in steps:
        if op != "add" and not held:
            op = "add"
        if op == "add":
            held.append(value)
            args.append([value])
        elif op == "remove":
            value = held.pop(value % len(held))
            args.append([value])
        else:
            args.append([])
        ops.append(op)
    return {"ops": ops, "args": args}


def inputs():
    step = st.tuples(st.sampled_from(["add", "add", "remove", "median"]), VALUES)
    return st.lists(step, max_size=25).map(_calls)


class MedianBoard:
    def __init__(self):
        self.values = []

    def add(self, value):
        self.values.append(value)

    def remove(self, value):
        self.values.remove(value)

    def median(self):
        s = sorted(self.values)
        n = len(s)
        return float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
