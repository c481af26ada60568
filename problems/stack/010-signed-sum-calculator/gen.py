"""Seeded random and max-size tests, and sized inputs, for signed-sum-calculator.

Every expression is valid, at most 100000 characters long, nested at most 5000 levels
deep, and its numbers have at most 30 digits.
"""

import random

N = 100_000
DEPTH = 5000


def _number(rng: random.Random, digits: int) -> str:
    width = rng.randint(1, digits)
    if width == 1:
        return str(rng.randint(0, 9))
    return str(rng.randint(10 ** (width - 1), 10**width - 1))


def _random_expression(rng: random.Random, length: int, max_depth: int, p_open: float,
                       p_close: float, digits: int, p_space: float) -> str:
    """Tokens are drawn one at a time; once `length` is nearly used up, every open group
    is closed. The result is at most `length` characters (for length >= 40)."""
    out: list[str] = []
    size = 0
    depth = 0
    group_start = True  # the next token starts the expression or a group

    def put(text: str) -> None:
        nonlocal size
        if rng.random() < p_space:
            text = " " + text
        out.append(text)
        size += len(text)

    while True:
        # operand position
        if group_start and rng.random() < 0.3:
            put("-")
        if depth < max_depth and size + depth + 2 * digits + 10 < length and rng.random() < p_open:
            put("(")
            depth += 1
            group_start = True
            continue
        put(_number(rng, digits))
        group_start = False
        # after an operand: close groups, then maybe stop, else an operator
        while depth and rng.random() < p_close:
            put(")")
            depth -= 1
        if size + depth + 2 * digits + 10 >= length:
            break
        put(rng.choice("+-"))
    out.append(")" * depth)
    return "".join(out)


def _spaced(rng: random.Random) -> str:
    """Small groups and numbers with runs of spaces around every piece."""
    pieces = []
    size = 0
    while True:
        gaps = [" " * rng.randint(0, 6) for _ in range(4)]
        if rng.random() < 0.5:
            piece = f"{gaps[0]}({gaps[1]}-{gaps[2]}{rng.randint(0, 999)}{gaps[3]})"
        else:
            piece = f"{gaps[0]}{rng.randint(0, 999)}{gaps[1]}"
        if size + len(piece) + 8 > N:
            break
        pieces.append(piece)
        size += len(piece) + 5
    return "   " + "".join(rng.choice(("+  ", "  - ")) + p for p in pieces)[3:] + "   "


def generate():
    rng = random.Random(20261210)
    for k in range(5):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random expression with nested groups and unary minus",
            "tags": ["random", "deep", "negatives"],
            "input": {"expression": _random_expression(rng, rng.randint(40, 90), 6, 0.35, 0.3, 3, 0.3)},
        }
    yield {
        "name": "random-medium",
        "description": "medium random expression",
        "tags": ["random", "deep"],
        "input": {"expression": _random_expression(rng, 3000, 40, 0.3, 0.3, 12, 0.2)},
    }

    parts = []
    size = 0
    while True:
        inner = str(rng.randint(0, 99))
        if rng.random() < 0.3:
            inner = "-" + inner
        piece = f"({inner})"
        if size + len(piece) + 3 > N:
            break
        parts.append(piece)
        size += len(piece) + 3
    yield {
        "name": "max-many-small-groups",
        "description": "maximum length, tens of thousands of tiny groups added and subtracted",
        "tags": ["max-size", "duplicates"],
        "input": {"expression": "".join(rng.choice((" + ", " - ")) + p for p in parts)[3:]},
    }
    yield {
        "name": "max-random",
        "description": "maximum length, random expression with many groups of moderate depth",
        "tags": ["max-size", "random", "deep"],
        "input": {"expression": _random_expression(rng, N, 60, 0.3, 0.3, 6, 0.2)},
    }
    levels = "".join(f"{_number(rng, 6)} {rng.choice('+-')} (" for _ in range(DEPTH))
    middle = [_number(rng, 8)]
    room = N - len(levels) - DEPTH - len(middle[0])
    while room >= 11:
        middle.append(rng.choice((" + ", " - ")) + _number(rng, 8))
        room -= len(middle[-1])
    middle = "".join(middle)
    yield {
        "name": "max-deepest-nesting",
        "description": "maximum length at the deepest allowed nesting, numbers at every level",
        "tags": ["max-size", "deep", "boundary"],
        "input": {"expression": levels + middle + ")" * DEPTH},
    }
    chain = "-(" * DEPTH + "7" + ")" * DEPTH
    tail = "".join(f"-(-{rng.randint(1, 9)})" for _ in range((N - len(chain)) // 5))
    yield {
        "name": "max-unary-chain",
        "description": "maximum length, a chain of negated groups at the deepest nesting, then many negated groups",
        "tags": ["max-size", "deep", "negatives"],
        "input": {"expression": chain + tail},
    }
    terms = []
    size = 0
    while size + 33 <= N:
        terms.append(str(rng.randint(10**29, 10**30 - 1)))
        size += 33
    flat = "".join(rng.choice((" + ", " - ")) + t for t in terms)[3:]
    pad = N - len(flat)
    yield {
        "name": "max-flat-big-numbers",
        "description": "maximum length, thirty-digit numbers and no parentheses",
        "tags": ["max-size", "extremes"],
        "input": {"expression": " " * (pad // 2) + flat + " " * (pad - pad // 2)},
    }
    tiny = "".join(f"({rng.randint(0, 9)}){rng.choice('+-')}" for _ in range((N - 3) // 4))
    yield {
        "name": "max-tiny-groups-no-spaces",
        "description": "maximum length, tens of thousands of one-digit groups and no spaces",
        "tags": ["max-size", "duplicates"],
        "input": {"expression": tiny + f"({rng.randint(0, 9)})"},
    }
    yield {
        "name": "max-random-deep",
        "description": "maximum length, random expression that often nests deep",
        "tags": ["max-size", "random", "deep"],
        "input": {"expression": _random_expression(rng, N, DEPTH, 0.55, 0.2, 4, 0.1)},
    }
    yield {
        "name": "max-spaces",
        "description": "maximum length, more spaces than anything else",
        "tags": ["max-size", "letters"],
        "input": {"expression": _spaced(rng)},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): a number, then tiny groups
    such as " - (-42)" added and subtracted, then spaces up to n characters."""
    rng = random.Random(20261210 + seed)
    parts = [str(rng.randint(0, 9))]
    size = 1
    while True:
        inner = str(rng.randint(0, 99))
        if rng.random() < 0.3:
            inner = "-" + inner
        piece = f" {rng.choice('+-')} ({inner})"
        if size + len(piece) > n:
            break
        parts.append(piece)
        size += len(piece)
    return {"expression": "".join(parts) + " " * (n - size)}
