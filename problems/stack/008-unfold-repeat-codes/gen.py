"""Seeded random and max-size tests, and sized inputs, for unfold-repeat-codes.

Every code is valid, at most 100000 characters long, and unfolds to at most 100000
characters.
"""

import random

N = 100_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _random_code(rng: random.Random, in_budget: int, out_budget: int, depth: int,
                 p_group: float, counts: tuple[int, ...]) -> tuple[str, int]:
    """A random non-empty code of at most in_budget characters (in_budget >= 1) that
    unfolds to at most out_budget >= 1 characters; returns (code, unfolded length)."""
    parts = [rng.choice(LETTERS)]
    used, out = 1, 1
    while used < in_budget and out < out_budget:
        room_in, room_out = in_budget - used, out_budget - out
        if depth < 14 and room_in >= 4 and rng.random() < p_group:
            times = rng.choice(counts)
            if times == 0:  # now and then a multi-digit count
                times = rng.randint(10, 300)
            times = min(times, room_out)
            width = len(str(times)) + 2
            sub_in = min(room_in - width, rng.randint(1, max(1, room_in // 4)))
            if sub_in < 1:
                break
            inner, inner_out = _random_code(rng, sub_in, room_out // times, depth + 1, p_group,
                                            counts)
            parts.append(f"{times}[{inner}]")
            used += len(inner) + width
            out += times * inner_out
        else:
            parts.append(rng.choice(LETTERS))
            used += 1
            out += 1
    return "".join(parts), out


def _tower(levels: int, before: str, times: int, core: str) -> str:
    return f"{before}{times}[" * levels + core + "]" * levels


def generate():
    rng = random.Random(20261208)
    for k in range(5):
        code, _ = _random_code(rng, rng.randint(5, 40), 400, 0, 0.4, (1, 1, 2, 3, 4, 0))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random code with nested groups and plain letters",
            "tags": ["random", "deep"],
            "input": {"code": code},
        }
    code, _ = _random_code(rng, 3000, 20000, 0, 0.4, (1, 1, 1, 1, 2, 0))
    yield {
        "name": "random-medium",
        "description": "medium random code",
        "tags": ["random", "deep"],
        "input": {"code": code},
    }

    groups = [f"{rng.randint(2, 3)}[{rng.choice(LETTERS)}]" for _ in range(N // 4)]
    yield {
        "name": "max-many-small-groups",
        "description": "maximum length, tens of thousands of tiny groups one after another",
        "tags": ["max-size", "duplicates"],
        "input": {"code": "".join(groups)},
    }
    yield {
        "name": "max-deep-count-one",
        "description": "maximum length, the deepest allowed nesting, every group repeated once",
        "tags": ["max-size", "deep", "boundary"],
        "input": {"code": _tower(33_333, "", 1, "a")},
    }
    yield {
        "name": "max-deep-with-letters",
        "description": "maximum length, very deep nesting with a letter before every group",
        "tags": ["max-size", "deep"],
        "input": {"code": _tower(24_999, "b", 1, "c")},
    }
    levels = 16_666
    core = "".join(rng.choice(LETTERS) for _ in range(N - 4 * levels))
    yield {
        "name": "max-deep-once-long-core",
        "description": "maximum length, deep nesting of once-repeated groups around a long stretch of letters",
        "tags": ["max-size", "deep", "boundary"],
        "input": {"code": _tower(levels, "b", 1, core)},
    }
    yield {
        "name": "max-doubling-tower",
        "description": "maximum output, a short code of nested groups that each double",
        "tags": ["max-size", "deep"],
        "input": {"code": _tower(15, "a", 2, "z")},
    }
    yield {
        "name": "max-single-big-count",
        "description": "maximum output from one group with the largest count",
        "tags": ["max-size", "extremes", "single"],
        "input": {"code": "100000[q]"},
    }
    yield {
        "name": "max-letters-only",
        "description": "maximum length, plain letters and no group at all",
        "tags": ["max-size", "letters"],
        "input": {"code": "".join(rng.choice(LETTERS) for _ in range(N))},
    }
    inner = "".join(f"1[{rng.choice(LETTERS)}{rng.choice(LETTERS)}]" for _ in range(N // 6 - 1))
    yield {
        "name": "max-groups-inside-repeat",
        "description": "maximum length, thousands of small groups inside one repeated group",
        "tags": ["max-size", "overlap"],
        "input": {"code": f"2[{inner}]"},
    }
    code, _ = _random_code(rng, N, N, 0, 0.5, (1, 1, 1, 1, 1, 2))
    yield {
        "name": "max-random-nested",
        "description": "maximum size, random nested groups mixed with letters",
        "tags": ["max-size", "random", "deep"],
        "input": {"code": code},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): tiny groups such as 3[x] one
    after another (fewer than four plain letters fill the end); the answer is at most n
    characters long."""
    rng = random.Random(20261208 + seed)
    groups = "".join(f"{rng.randint(2, 4)}[{rng.choice(LETTERS)}]" for _ in range(n // 4))
    return {"code": groups + "".join(rng.choice(LETTERS) for _ in range(n % 4))}
