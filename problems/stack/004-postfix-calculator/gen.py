"""Seeded random and max-size tests, and sized inputs, for postfix-calculator.

Expressions are built by simulating the evaluation: a number is pushed, or an operator
is applied to the two values on top, choosing only operators whose result stays within
32-bit range and never dividing by zero.
"""

import random

N = 100_000
LOW, HIGH = -(2**31), 2**31 - 1
NUM = 10**4


def _apply(op: str, a: int, b: int) -> int | None:
    """The truncating result of a <op> b, or None when it breaks a constraint."""
    if op == "+":
        v = a + b
    elif op == "-":
        v = a - b
    elif op == "*":
        v = a * b
    else:
        if b == 0:
            return None
        v = abs(a) // abs(b)
        v = v if (a < 0) == (b < 0) else -v
    return v if LOW <= v <= HIGH else None


class _Expr:
    def __init__(self, rng: random.Random, weights: dict[str, int], num: int = NUM) -> None:
        self.rng = rng
        self.weights = weights
        self.num = num
        self.tokens: list[str] = []
        self.values: list[int] = []

    def push(self, value: int | None = None) -> None:
        if value is None:
            value = self.rng.randint(-self.num, self.num)
        self.tokens.append(str(value))
        self.values.append(value)

    def operate(self) -> None:
        b = self.values.pop()
        a = self.values.pop()
        ops = [op for op in self.weights if _apply(op, a, b) is not None]
        op = self.rng.choices(ops, [self.weights[o] for o in ops])[0]  # "+" or "-" always fits
        self.tokens.append(op)
        self.values.append(_apply(op, a, b))

    def finish(self) -> list[str]:
        while len(self.values) > 1:
            self.operate()
        return self.tokens


MIXED = {"+": 3, "-": 3, "*": 2, "/": 2}


def _random(rng: random.Random, numbers: int, p_op: float, weights=MIXED, num=NUM) -> list[str]:
    e = _Expr(rng, weights, num)
    pushed = 0
    while pushed < numbers:
        if len(e.values) >= 2 and rng.random() < p_op:
            e.operate()
        else:
            e.push()
            pushed += 1
    return e.finish()


def generate():
    rng = random.Random(20261207)
    for k in range(4):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random expression with all four operators and negative numbers",
            "tags": ["random", "negatives"],
            "input": {"tokens": _random(rng, rng.randint(3, 15), 0.5, num=30)},
        }
    yield {
        "name": "random-small-divisions",
        "description": "short random expression with many divisions of mixed signs",
        "tags": ["random", "negatives"],
        "input": {"tokens": _random(rng, 12, 0.5, {"+": 1, "-": 1, "*": 1, "/": 6}, num=50)},
    }

    half = N // 2
    e = _Expr(rng, MIXED)
    for _ in range(half):
        e.push()
    yield {
        "name": "max-numbers-then-operators",
        "description": "maximum size, all numbers come first and all operators after them",
        "tags": ["max-size", "deep"],
        "input": {"tokens": e.finish()},
    }
    e = _Expr(rng, MIXED)
    e.push()
    while len(e.tokens) + len(e.values) + 3 <= N:
        e.push()
        e.push()
        e.operate()
    yield {
        "name": "max-growing-stack",
        "description": "maximum size, the stack keeps growing until the operators at the end",
        "tags": ["max-size", "deep"],
        "input": {"tokens": e.finish()},
    }
    e = _Expr(rng, MIXED)
    e.push()
    while len(e.tokens) + 2 <= N:
        e.push()
        e.operate()
    yield {
        "name": "max-left-chain",
        "description": "maximum size, every operator directly follows one new number",
        "tags": ["max-size"],
        "input": {"tokens": e.finish()},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random expression",
        "tags": ["max-size", "random"],
        "input": {"tokens": _random(rng, half, 0.45)},
    }
    yield {
        "name": "max-random-divisions",
        "description": "maximum size, random expression with mostly divisions and products",
        "tags": ["max-size", "random", "negatives"],
        "input": {"tokens": _random(rng, half, 0.5, {"+": 1, "-": 1, "*": 4, "/": 4})},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): all numbers first, all
    operators after them. A postfix expression always has an odd number of tokens, so
    an even n gives n - 1 tokens."""
    rng = random.Random(20261207 + seed)
    e = _Expr(rng, MIXED)
    for _ in range((n + 1) // 2):
        e.push()
    return {"tokens": e.finish()}
