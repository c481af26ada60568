"""Seeded random and max-size tests, and sized inputs, for one-letter-at-a-time."""

import random
import string

N = 5000
L = 10


def _walk(rng, n, length, alphabet):
    """n distinct words, each one letter away from the one before it."""
    w = [rng.choice(alphabet) for _ in range(length)]
    seen = {"".join(w)}
    out = ["".join(w)]
    while len(out) < n:
        i = rng.randrange(length)
        c = rng.choice(alphabet)
        if c == w[i]:
            continue
        cand = w[:]
        cand[i] = c
        s = "".join(cand)
        if s in seen:
            continue
        seen.add(s)
        out.append(s)
        w = cand
    return out


def _random_words(rng, n, length, alphabet):
    seen = set()
    while len(seen) < n:
        seen.add("".join(rng.choice(alphabet) for _ in range(length)))
    return sorted(seen)


def generate():
    rng = random.Random(9092026)
    for k in range(5):
        length = rng.randint(2, 4)
        words = [
            "".join(rng.choice("abcd") for _ in range(length)) for _ in range(rng.randint(3, 25))
        ]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random word list over a few letters",
            "tags": ["random"],
            "input": {"start": "".join(rng.choice("abcd") for _ in range(length)), "goal": rng.choice(words), "words": words},
        }
    chain = _walk(rng, N, L, string.ascii_lowercase)
    shuffled = chain[1:]
    rng.shuffle(shuffled)
    yield {
        "name": "max-long-walk",
        "description": "maximum size, long words forming one long winding chain",
        "tags": ["max-size", "deep"],
        "input": {"start": chain[0], "goal": chain[-1], "words": shuffled},
    }
    dense = _random_words(rng, N, L, "abc")
    rng.shuffle(dense)
    yield {
        "name": "max-dense-three-letters",
        "description": "maximum size, long words over three letters, many neighbours each",
        "tags": ["max-size", "random"],
        "input": {"start": "a" * L, "goal": dense[0], "words": dense},
    }
    far = _random_words(rng, N - 1, L, "xyz")
    yield {
        "name": "max-unreachable",
        "description": "maximum size, the goal is allowed but no chain reaches it",
        "tags": ["max-size", "no-answer"],
        "input": {"start": far[0], "goal": "a" * L, "words": far + ["a" * L]},
    }
    sparse = _random_words(rng, N, L, string.ascii_lowercase[:6])
    yield {
        "name": "max-sparse-random",
        "description": "maximum size, random long words over six letters",
        "tags": ["max-size", "random", "sorted"],
        "input": {"start": sparse[-1], "goal": sparse[0], "words": sparse},
    }


def sized(n, seed):
    """n words of length 10 forming one winding chain; the goal is its far end."""
    rng = random.Random(9000 + seed)
    chain = _walk(rng, n + 1, L, string.ascii_lowercase)
    words = chain[1:]
    rng.shuffle(words)
    return {"start": chain[0], "goal": chain[-1], "words": words}
