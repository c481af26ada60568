"""Seeded random and max-size tests, and sized inputs, for same-text-after-backspaces."""

import random
import string

N = 100_000


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_lowercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _log_for(rng: random.Random, text: str, noise: float, alphabet: str) -> str:
    """A random keystroke log that produces exactly `text`: typos erased right away,
    and sometimes backspaces pressed on an empty screen at the start."""
    out: list[str] = ["#"] * rng.randint(0, 3)
    for ch in text:
        while rng.random() < noise:
            typo = _letters(rng, rng.randint(1, 3), alphabet)
            out.append(typo + "#" * len(typo))
        out.append(ch)
    return "".join(out)


def _replay(log: str) -> str:
    text: list[str] = []
    for ch in log:
        if ch != "#":
            text.append(ch)
        elif text:
            text.pop()
    return "".join(text)


def generate():
    rng = random.Random(20261206)
    for k in range(3):
        text = _letters(rng, rng.randint(3, 12), "abc")
        yield {
            "name": f"random-small-same-{k + 1}",
            "description": "short logs with typos erased right away that give the same text",
            "tags": ["random", "duplicates"],
            "input": {"s": _log_for(rng, text, 0.3, "abc"), "t": _log_for(rng, text, 0.3, "abc")},
            "expected": True,
        }
        s = "".join(rng.choice("ab##") for _ in range(rng.randint(5, 20)))
        t = "".join(rng.choice("ab##") for _ in range(rng.randint(5, 20)))
        yield {
            "name": f"random-small-any-{k + 1}",
            "description": "short random logs with many backspaces",
            "tags": ["random", "duplicates"],
            "input": {"s": s, "t": t},
        }

    third = N // 3
    keep = _letters(rng, third)
    s = keep + _letters(rng, third) + "#" * third
    t = keep + _letters(rng, third) + "#" * third
    yield {
        "name": "max-type-then-erase-third",
        "description": "maximum size, a long run of letters and then a long run of backspaces, same text",
        "tags": ["max-size", "whole-input"],
        "input": {"s": s, "t": t},
        "expected": True,
    }
    other = keep[:-1] + ("a" if keep[-1] != "a" else "b")
    yield {
        "name": "max-type-then-erase-third-differ",
        "description": "maximum size, long runs of letters then backspaces, texts differ in one letter",
        "tags": ["max-size", "no-answer"],
        "input": {"s": keep + _letters(rng, third) + "#" * third,
                  "t": other + _letters(rng, third) + "#" * third},
        "expected": False,
    }
    half = N // 2
    yield {
        "name": "max-backspaces-only",
        "description": "maximum size, one log is only backspaces and the other erases everything it types",
        "tags": ["max-size", "all-equal"],
        "input": {"s": "#" * N, "t": _letters(rng, half) + "#" * half},
        "expected": True,
    }
    text = _letters(rng, 50_000)
    s = _log_for(rng, text, 0.15, string.ascii_lowercase)
    t = _log_for(rng, text, 0.15, string.ascii_lowercase)
    assert len(s) <= N and len(t) <= N and _replay(s) == _replay(t) == text
    yield {
        "name": "max-random-typos",
        "description": "near maximum size, random text with typos erased right away, same text",
        "tags": ["max-size", "random"],
        "input": {"s": s, "t": t},
        "expected": True,
    }
    t = t[:-1] + ("a" if t[-1] != "a" else "b")
    yield {
        "name": "max-random-typos-last-differs",
        "description": "near maximum size, random text with typos, the texts differ in the last letter",
        "tags": ["max-size", "random", "answer-last", "no-answer"],
        "input": {"s": s, "t": t},
        "expected": False,
    }
    s = _letters(rng, N)
    t = ("b" if s[0] == "a" else "a") + s[1:]
    yield {
        "name": "max-no-backspaces-first-differs",
        "description": "maximum size, no backspaces, the texts differ only in their first letter",
        "tags": ["max-size", "answer-first", "no-answer"],
        "input": {"s": s, "t": t},
        "expected": False,
    }
    yield {
        "name": "max-alternating",
        "description": "maximum size, every letter is erased right after it is typed",
        "tags": ["max-size", "empty"],
        "input": {"s": "".join(c + "#" for c in _letters(rng, half)), "t": ""},
        "expected": True,
    }


def sized(n, seed):
    """One input of size n (both logs), the same for the same (n, seed): the same letters,
    then a third of other letters, then as many backspaces; the texts are equal."""
    rng = random.Random(20261206 + seed)
    third = n // 3
    keep = _letters(rng, n - 2 * third)
    return {"s": keep + _letters(rng, third) + "#" * third,
            "t": keep + _letters(rng, third) + "#" * third}
