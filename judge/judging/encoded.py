"""Expected answers as the harness would encode them, for the byte-identical fast path.

The harness encodes every answer with `wire.dumps`. The reference's answer, encoded the
same way, is kept beside a problem version's cached tests:

    <cache>/cases/<pattern>-<NNN>-<hash>/expected-json.bin
        marshalled {test id: the expected answer as `wire.dumps` bytes}

An answer whose bytes are exactly these is accepted without decoding or checking it
(`grader.Rules.same`): identical bytes decode to an identical value, and each built-in
checker accepts a value as an answer to itself wherever `REFLEXIVE` says so (a law
tests/unit/test_encoded.py checks for every registered checker). The verdict is the one
the checker would give; only its cost is saved (decoding and comparing 10^5 numbers
per max-size test). A custom checker is always asked: it may judge more than equality
to the expected answer.

The file is derived: a missing one is written when the tests are loaded, and one that
cannot be written or read (damaged) only turns the fast path off, never changes a
verdict. Deleting the cache folder rebuilds it.
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..atomic_file import write_atomically
from ..bank.model import Case, CheckerSpec
from ..harness import wire

ENCODED_NAME = "expected-json.bin"
Same = Callable[[Case, bytes], bool]


def _anything(value: Any) -> bool:
    return True


def _a_list(value: Any) -> bool:
    return isinstance(value, list)


def _a_list_of_lists(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(group, list) for group in value)


# Built-in checker -> the expected answers it accepts as answers to themselves. A checker
# missing here (a custom one, or a new one not yet added) never takes the fast path.
REFLEXIVE: dict[str, Callable[[Any], bool]] = {
    "exact": _anything,
    "float": _anything,  # finite numbers only: NaN and infinities are never encoded
    "unordered": _a_list,
    "unordered-nested": _a_list_of_lists,
}
# With ignore_calls a design problem's checker sees answers with None in place of some:
# only a checker that accepts any value is sure to accept those.
_WITH_IGNORED_CALLS = frozenset({"exact", "float"})


def encode_all(records: Iterable[tuple[str, Any]]) -> dict[str, bytes]:
    """{id: encoding} of each (id, expected answer); an answer the harness could not
    send (NaN, a value too deep) gets no entry and is always checked."""
    encoded: dict[str, bytes] = {}
    for case_id, expected in records:
        try:
            encoded[case_id] = wire.dumps(expected)
        except (ValueError, TypeError, RecursionError):
            continue
    return encoded


def ensure(folder: Path, records: list[dict[str, Any]]) -> None:
    """Write folder's expected-json.bin from the cached records, if it is not there."""
    path = folder / ENCODED_NAME
    if path.is_file():
        return
    write_atomically(path, marshal.dumps(encode_all((r["id"], r["expected"]) for r in records)))


def read(folder: Path) -> dict[str, bytes]:
    """The encodings kept in folder; empty when there are none or they are damaged."""
    try:
        loaded = marshal.loads((folder / ENCODED_NAME).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if type(k) is str and type(v) is bytes}


def same_lookup(folder: Path | None, checker: CheckerSpec) -> Same | None:
    """A test answer's `same(case, answer bytes)`: whether the bytes are exactly the
    expected answer's encoding (read from folder on first use), and the checker accepts
    that answer. None when the fast path does not apply: no cached tests, or a checker
    not known to accept the expected answers."""
    reflexive = REFLEXIVE.get(checker.name)
    if folder is None or reflexive is None:
        return None
    if checker.ignore_calls and checker.name not in _WITH_IGNORED_CALLS:
        return None
    loaded: list[dict[str, bytes]] = []
    lock = threading.Lock()

    def same(case: Case, answer: bytes) -> bool:
        with lock:
            if not loaded:
                loaded.append(read(folder))
        expected = loaded[0].get(case.id)
        return expected is not None and expected == answer and reflexive(case.expected)

    return same
