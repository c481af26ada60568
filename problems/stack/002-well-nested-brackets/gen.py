"""Seeded random and max-size tests, and sized inputs, for well-nested-brackets."""

import random

N = 100_000
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}
TEXT = "abcxyz019 +-*/=<>;,.'\"\\"


def _random_nested(rng: random.Random, pairs: int, text_share: float) -> str:
    """A random well-nested string with `pairs` bracket pairs and some plain text."""
    out: list[str] = []
    stack: list[str] = []
    opened = 0
    while opened < pairs or stack:
        if rng.random() < text_share:
            out.append(rng.choice(TEXT))
        elif opened < pairs and (not stack or rng.random() < 0.5):
            ch = rng.choice(OPEN)
            stack.append(ch)
            out.append(ch)
            opened += 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def _deep(rng: random.Random, depth: int) -> str:
    openers = [rng.choice(OPEN) for _ in range(depth)]
    return "".join(openers) + "".join(CLOSE[ch] for ch in reversed(openers))


def _break_one(rng: random.Random, s: str) -> str:
    """Swap one bracket for a bracket of another kind or direction."""
    positions = [i for i, ch in enumerate(s) if ch in "()[]{}"]
    i = rng.choice(positions)
    other = rng.choice([b for b in "()[]{}" if b != s[i]])
    return s[:i] + other + s[i + 1:]


def generate():
    rng = random.Random(20261205)
    for k in range(3):
        s = _random_nested(rng, rng.randint(5, 25), 0.3)
        yield {
            "name": f"random-small-valid-{k + 1}",
            "description": "short random well-nested text with plain characters mixed in",
            "tags": ["random", "letters"],
            "input": {"s": s},
        }
        yield {
            "name": f"random-small-broken-{k + 1}",
            "description": "short random text in which a single bracket was changed",
            "tags": ["random", "letters"],
            "input": {"s": _break_one(rng, _random_nested(rng, rng.randint(5, 25), 0.3))},
        }

    deep = _deep(rng, N // 2)
    yield {
        "name": "max-deep-nesting",
        "description": "maximum size, one very deep nest of mixed kinds, well nested",
        "tags": ["max-size", "deep"],
        "input": {"s": deep},
        "expected": True,
    }
    last = deep[-1]
    wrong = rng.choice([ch for ch in ")]}" if ch != last])
    yield {
        "name": "max-deep-nesting-last-closer-wrong",
        "description": "maximum size, one very deep nest whose very last closer has the wrong kind",
        "tags": ["max-size", "deep", "answer-last"],
        "input": {"s": deep[:-1] + wrong},
        "expected": False,
    }
    s = _random_nested(rng, 38_000, 0.2)
    assert len(s) <= N
    yield {
        "name": "max-random-valid",
        "description": "near maximum size, random well-nested structure with text in between",
        "tags": ["max-size", "random", "letters"],
        "input": {"s": s},
        "expected": True,
    }
    yield {
        "name": "max-random-broken",
        "description": "near maximum size, random structure with one bracket changed",
        "tags": ["max-size", "random"],
        "input": {"s": _break_one(rng, _random_nested(rng, 40_000, 0.1))},
    }
    yield {
        "name": "max-flat-pairs",
        "description": "maximum size, many short pairs side by side",
        "tags": ["max-size", "duplicates"],
        "input": {"s": "".join(rng.choice(("()", "[]", "{}")) for _ in range(N // 2))},
        "expected": True,
    }
    yield {
        "name": "max-only-openers",
        "description": "maximum size, nothing but opening brackets",
        "tags": ["max-size", "no-answer"],
        "input": {"s": "".join(rng.choice(OPEN) for _ in range(N))},
        "expected": False,
    }
    yield {
        "name": "max-no-brackets",
        "description": "maximum size, plain text without a single bracket",
        "tags": ["max-size", "letters"],
        "input": {"s": "".join(rng.choice(TEXT) for _ in range(N))},
        "expected": True,
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): one deep nest of mixed kinds,
    well nested (plus one plain character when n is odd)."""
    rng = random.Random(20261205 + seed)
    return {"s": _deep(rng, n // 2) + (rng.choice(TEXT) if n % 2 else "")}
