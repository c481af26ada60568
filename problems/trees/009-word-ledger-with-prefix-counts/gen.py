"""Seeded random and max-size call sequences, and sized ones, for the word ledger.

Max-size tests hold exactly 100000 calls after the constructor. Words are long (up to
20 letters) and many, so a ledger that scans its words on every query is slow.
"""

import random

CALLS = 100_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random, alphabet: str, lo: int, hi: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def _stems(rng: random.Random, count: int) -> list[str]:
    return [_word(rng, LETTERS, 1, 17) for _ in range(count)]


def _pooled(rng: random.Random, stems: list[str]) -> str:
    """A stem from the pool plus up to three more letters: long words whose beginnings are
    shared, so the trie stays at a few hundred thousand nodes."""
    return (rng.choice(stems) + _word(rng, "xyz", 0, 3))[:20]


def _seq(calls):
    return {"ops": ["WordLedger"] + [op for op, _ in calls], "args": [[]] + [[t] for _, t in calls]}


def _query(rng: random.Random, words: list[str], alphabet: str) -> tuple[str, str]:
    """A query about a recorded word, a prefix of one, an extension of one, or a random text."""
    base = rng.choice(words) if words else _word(rng, alphabet, 1, 20)
    roll = rng.random()
    if roll < 0.4:
        text = base[: rng.randint(0, len(base))]
    elif roll < 0.6:
        text = base
    elif roll < 0.8:
        text = (base + _word(rng, alphabet, 1, 3))[:20]
    else:
        text = _word(rng, alphabet, 0, 20)
    if rng.random() < 0.5 and text:
        return "contains", text
    return "countPrefix", text


def _mix(rng: random.Random, count: int, alphabet: str, lo: int, hi: int, inserts: float, stems=None):
    calls, words = [], []
    for _ in range(count):
        if rng.random() < inserts:
            if words and rng.random() < 0.2:
                word = rng.choice(words)
            else:
                word = _pooled(rng, stems) if stems else _word(rng, alphabet, lo, hi)
            words.append(word)
            calls.append(("insert", word))
        else:
            calls.append(_query(rng, words, alphabet))
    return calls


def generate():
    rng = random.Random(20261209)

    for k in range(3):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random sequence over a three-letter alphabet, words sharing beginnings and repeating",
            "tags": ["random", "duplicates", "overlap"],
            "input": _seq(_mix(rng, 400, "abc", 1, 5, 0.5)),
        }

    half = CALLS // 2
    stems = [_word(rng, LETTERS, 17, 17) for _ in range(2000)]
    words = [(rng.choice(stems) + _word(rng, "xyz", 3, 3)) for _ in range(half)]
    calls = [("insert", w) for w in words]
    for _ in range(half):
        w = rng.choice(words)
        calls.append(("countPrefix", w[: rng.randint(0, 20)]))
    yield {
        "name": "max-long-words-then-prefix-counts",
        "description": "maximum size, long random words recorded first, then prefix counts",
        "tags": ["max-size", "random", "extremes"],
        "input": _seq(calls),
    }

    stem = "qzqzqzqzqzqzqzq"
    calls = []
    recorded: list[str] = []
    while len(calls) < CALLS:
        if rng.random() < 0.5:
            word = stem + _word(rng, "ab", 1, 5)
            recorded.append(word)
            calls.append(("insert", word))
        else:
            w = rng.choice(recorded) if recorded else stem
            cut = rng.randint(10, len(w))
            calls.append(("contains", w) if rng.random() < 0.5 else ("countPrefix", w[:cut]))
    yield {
        "name": "max-one-shared-stem",
        "description": "maximum size, every word shares one long beginning, inserts and queries interleaved",
        "tags": ["max-size", "duplicates", "overlap"],
        "input": _seq(calls),
    }

    yield {
        "name": "max-random-mix",
        "description": "maximum size, random words of every length, inserts and queries mixed",
        "tags": ["max-size", "random"],
        "input": _seq(_mix(rng, CALLS, LETTERS, 1, 20, 0.6, _stems(rng, 3000))),
    }


def sized(n, seed):
    """n calls: the first half records 20-letter words (2000 random stems, random endings), the second half counts
    prefixes of them; the same for the same (n, seed)."""
    rng = random.Random(20261209 + seed)
    inserts = (n + 1) // 2
    stems = [_word(rng, LETTERS, 17, 17) for _ in range(2000)]
    words = [rng.choice(stems) + _word(rng, "xyz", 3, 3) for _ in range(inserts)] or ["a"]
    calls = [("insert", w) for w in words[:inserts]]
    for _ in range(n - inserts):
        calls.append(("countPrefix", rng.choice(words)[: rng.randint(0, 20)]))
    return _seq(calls)
