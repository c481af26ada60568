"""Judge a round trip: every call but `serialize` must give the reference's answer.

The text that `serialize` returns is the candidate's own format and is never compared.
(`ignore_calls: [serialize]` says the same; this checker also applies it where the
judge compares answers without the test's input at hand.)
"""

import json


def check(input, expected, got):
    if not isinstance(expected, list) or not isinstance(got, list):
        return False, "the answers should be a list with one entry per call"
    if len(expected) != len(got):
        return False, f"expected {len(expected)} answers (one per call), got {len(got)}"
    ops = input.get("ops") if isinstance(input, dict) else None
    if isinstance(ops, list) and len(ops) == len(expected):
        expected = [None if op == "serialize" else e for op, e in zip(ops, expected)]
        got = [None if op == "serialize" else g for op, g in zip(ops, got)]
    for index, (want, have) in enumerate(zip(expected, got)):
        if json.dumps(want) != json.dumps(have):
            return False, f"call {index + 1} of {len(expected)} gave a different answer"
    return True
