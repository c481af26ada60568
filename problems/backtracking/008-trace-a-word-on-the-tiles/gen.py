"""Seeded random and max-size tests, and sized inputs, for trace-a-word-on-the-tiles.

The max-size tests that answer False are boards where almost every path keeps matching
the word until its last letter, which the board lacks: a search without a letter count
walks millions of paths."""

import random


def _board(rng, rows, cols, letters):
    return ["".join(rng.choice(letters) for _ in range(cols)) for _ in range(rows)]


def _path_word(rng, board, length):
    """The spelling of a random path without repeats (as long as it can get)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    seen = {(r, c)}
    word = board[r][c]
    while len(word) < length:
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
        if not steps:
            break
        r, c = rng.choice(steps)
        seen.add((r, c))
        word += board[r][c]
    return word


def generate():
    rng = random.Random(20261210)
    for t in range(4):
        board = _board(rng, rng.randint(2, 4), rng.randint(2, 4), "abc")
        yield {
            "name": f"random-small-found-{t + 1}",
            "description": "small random board, the word follows a path on it",
            "tags": ["random"],
            "input": {"board": board, "word": _path_word(rng, board, rng.randint(3, 7))},
        }
    for t in range(3):
        board = _board(rng, 3, 4, "ab")
        yield {
            "name": f"random-small-any-{t + 1}",
            "description": "small random board over two letters, a random word",
            "tags": ["random"],
            "input": {"board": board, "word": "".join(rng.choice("ab") for _ in range(rng.randint(4, 8)))},
        }
    yield {
        "name": "max-one-letter-last-missing",
        "description": "maximum size, one letter everywhere, the word's last letter is not on the board",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"board": ["aaaaaa"] * 6, "word": "a" * 14 + "b"},
    }
    yield {
        "name": "max-checkerboard-last-missing",
        "description": "maximum size, two letters alternating, the word alternates too but ends in a missing letter",
        "tags": ["max-size", "no-answer"],
        "input": {"board": ["ababab", "bababa"] * 3, "word": "ababababababab" + "c"},
    }
    yield {
        "name": "max-one-odd-tile",
        "description": "maximum size, one tile differs, the word needs more of it than the board has",
        "tags": ["max-size", "no-answer"],
        "input": {"board": ["zzzzzz"] * 5 + ["zzzzzy"], "word": "zzzzzzzzzzzzzyy"},
    }
    yield {
        "name": "max-one-letter-found",
        "description": "maximum size, one letter everywhere, a word of that letter",
        "tags": ["max-size", "all-equal"],
        "input": {"board": ["qqqqqq"] * 6, "word": "q" * 15},
    }
    yield {
        "name": "max-missing-letter-near-end",
        "description": "maximum size, one letter everywhere, both ends of the word on the board but a letter near the end missing",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"board": ["aaaaaa"] * 6, "word": "a" * 13 + "c" + "a"},
    }
    board = _board(rng, 6, 6, "abcdefghijklmnopqrstuvwxyz")
    yield {
        "name": "max-random-found",
        "description": "maximum size, random letters, the word follows a winding path on the board",
        "tags": ["max-size", "random"],
        "input": {"board": board, "word": _path_word(rng, board, 15)},
    }
    board = _board(rng, 6, 6, "ab")
    yield {
        "name": "max-two-letters-random",
        "description": "maximum size, random board over two letters and a random long word",
        "tags": ["max-size", "random"],
        "input": {"board": board, "word": "".join(rng.choice("ab") for _ in range(15))},
    }


def sized(n, seed):
    """A 6 by 6 board of one letter and a word of n letters whose last letter is missing
    (n >= 2); the letter count answers it, a plain search walks every path of n - 1 tiles."""
    letter = "abcdefghijklmnopqrstuvwxy"[seed % 25]
    return {"board": [letter * 6] * 6, "word": letter * (n - 1) + "z"}
