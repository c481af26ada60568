"""The expected-answer cache: a problem's tests with the reference's answers.

Expected answers come from running `reference.py` on the host with the same argument
building and answer encoding as the sandbox (`judge.harness.worker.run_case`). The
result is cached per problem version, so generators and the reference run once:

    <cache>/cases/<pattern>-<NNN>-<hash>/
        inputs.bin       each test's input, marshalled (format 4), in test order: sent into
                         the sandbox, where each test's child unmarshals its own (several
                         times faster than parsing JSON, which counts at 10^5 values)
        expected.bin     marshalled [{"id", "name", "hidden", "description", "expected", ...}]
                         (host only; marshal loads big answers faster than JSON)
        expected-json.bin
                         each expected answer as the harness encodes answers, for the
                         byte-identical fast path (`encoded.py`; host only)
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..bank.inputs import input_size
from ..bank.model import MISSING, Case, Problem
from ..bank.testfiles import read_tests
from ..errors import ProblemFormatError, cache_fault
from . import encoded

HARNESS_DIR = Path(__file__).resolve().parent.parent / "harness"
CACHE_FORMAT = "cases-6"
_HOST_LIMITS = threading.Lock()
MARSHAL_FORMAT = 4  # written alike by every Python since 3.4; the harness reads it


@dataclass(frozen=True)
class TestSet:
    """The materialised tests of one problem version (or a subset of them, or one test a
    person wrote: `only`, `custom`)."""

    key: str
    cases: tuple[Case, ...]
    inputs_path: Path | None
    picked: tuple[int, ...] | None = None  # positions in the cached inputs, for a subset
    inline: tuple[bytes, ...] | None = None  # marshalled inputs that live nowhere on disk

    def raw_inputs(self) -> list[bytes]:
        """Each case's input, marshalled, in case order."""
        if self.inline is not None:
            return list(self.inline)
        assert self.inputs_path is not None
        try:
            lines = marshal.loads(self.inputs_path.read_bytes())
        except (EOFError, ValueError, TypeError):
            lines = None
        wanted = len(self.cases) if self.picked is None else max(self.picked, default=-1) + 1
        if not isinstance(lines, list) or len(lines) < wanted:
            raise ProblemFormatError(
                self.inputs_path, None, "cached inputs do not match the tests; delete it"
            )
        return lines if self.picked is None else [lines[i] for i in self.picked]

    def only(self, keep: Callable[[Case], bool]) -> TestSet:
        """The cases keep accepts, in order (`judge run --samples`)."""
        positions = tuple(i for i, c in enumerate(self.cases) if keep(c))
        if self.picked is not None:
            positions = tuple(self.picked[i] for i in positions)
        kept = tuple(c for c in self.cases if keep(c))
        return TestSet(self.key, kept, self.inputs_path, positions, None)

    @classmethod
    def custom(cls, case: Case) -> TestSet:
        """One test a person wrote (`judge run --case`), its expected answer computed."""
        return cls("custom", (case,), None, None, (marshal.dumps(case.input, MARSHAL_FORMAT),))


def problem_digest(problem: Problem) -> str:
    """A hash of everything that decides the tests and their expected answers."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    files = [problem.path / "problem.yaml", problem.reference_path, problem.path / "gen.py"]
    files += sorted((problem.path / "tests").rglob("*.json"))
    named = [(p.relative_to(problem.path).as_posix(), p) for p in files]
    named += [(f"harness/{p.name}", p) for p in sorted(HARNESS_DIR.glob("*.py"))]
    for name, path in named:
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_test_set(problem: Problem, cache_dir: Path, stack_bytes: int) -> TestSet:
    """The problem's tests with expected answers, from the cache or computed once.
    JudgeFault (exit 3) when the cache cannot be written."""
    key = problem_digest(problem)
    folder = cache_dir / "cases" / f"{problem.pattern}-{problem.number}-{key}"
    expected_path, inputs_path = folder / "expected.bin", folder / "inputs.bin"
    if not (expected_path.is_file() and inputs_path.is_file()):
        _write_cache(folder, materialise(problem, stack_bytes))
    records = _read_records(expected_path)
    if records is None:  # a damaged cache is rebuilt, not trusted
        shutil.rmtree(folder, ignore_errors=True)
        _write_cache(folder, materialise(problem, stack_bytes))
        records = _read_records(expected_path) or []
    encoded.ensure(folder, records)
    cases = tuple(
        Case(
            r["id"],
            r["name"],
            r["hidden"],
            r["description"],
            r.get("input", MISSING),
            r["expected"],
            r.get("hand_expected", MISSING),
            tuple(r.get("tags", ())),
            r.get("size"),
        )
        for r in records
    )
    return TestSet(key, cases, inputs_path)


def _read_records(path: Path) -> list[dict[str, Any]] | None:
    try:
        records = marshal.loads(path.read_bytes())
    except (EOFError, ValueError, TypeError):
        return None
    ok = isinstance(records, list) and all(isinstance(r, dict) and "expected" in r for r in records)
    return records if ok else None


def load_inputs(test_set: TestSet) -> dict[str, Any]:
    """Every case's input by id (hidden inputs are kept on disk until a checker needs them)."""
    return {c.id: marshal.loads(raw) for c, raw in zip(test_set.cases, test_set.raw_inputs(), strict=True)}


def _write_cache(folder: Path, cases: list[Case]) -> None:
    try:
        _write_records(folder, cases)
    except OSError as error:
        raise cache_fault(folder.parent, error) from None


def _write_records(folder: Path, cases: list[Case]) -> None:
    import tempfile

    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    inputs = marshal.dumps([marshal.dumps(c.input, MARSHAL_FORMAT) for c in cases], MARSHAL_FORMAT)
    expected = []
    for case in cases:
        record: dict[str, Any] = {
            "id": case.id,
            "name": case.name,
            "hidden": case.hidden,
            "description": case.description,
            "expected": case.expected,
            "tags": list(case.tags),
            "size": case.size,
        }
        if not case.hidden:
            record["input"] = case.input
        if case.hand_expected is not MISSING:
            record["hand_expected"] = case.hand_expected
        expected.append(record)
    (staging / "inputs.bin").write_bytes(inputs)
    (staging / "expected.bin").write_bytes(marshal.dumps(expected, MARSHAL_FORMAT))
    try:
        os.rename(staging, folder)
    except OSError:  # another judge wrote it first; theirs is identical
        for child in staging.iterdir():
            child.unlink()
        staging.rmdir()


def materialise(problem: Problem, stack_bytes: int) -> list[Case]:
    """Read every test, then run the reference on each to get its expected answer."""
    raw = read_tests(problem)
    answers = run_reference(problem, [c.input for c in raw], stack_bytes)
    return [
        Case(
            c.id,
            c.name,
            c.hidden,
            c.description,
            c.input,
            answer,
            c.hand_expected,
            c.tags,
            input_size(c.input),
        )
        for c, answer in zip(raw, answers, strict=True)
    ]


def run_reference(problem: Problem, inputs: list[Any], stack_bytes: int) -> list[Any]:
    """The reference's answer for each input, computed on the host with a deep stack."""
    from ..harness import worker  # the harness's own code, so answers are encoded identically

    path = problem.reference_path
    try:
        code = compile(path.read_bytes(), worker.SOURCE_NAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        raise ProblemFormatError(path, None, f"does not compile: {error}") from None
    entry = problem.entry.to_wire()
    answers: list[Any] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            for case_input in inputs:
                answers.append(worker.run_case(code, entry, json.loads(json.dumps(case_input)))[0])
        except BaseException as error:
            failure.append(error)

    with _HOST_LIMITS:  # the recursion limit and stack size are process-wide
        previous_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(previous_limit, problem.limits.recursion_depth))
        previous_stack = threading.stack_size(stack_bytes)
        try:
            thread = threading.Thread(target=work, name="reference")
            thread.start()
            thread.join()
        finally:
            threading.stack_size(previous_stack)
            sys.setrecursionlimit(previous_limit)
    if failure:
        cause = failure[0]
        raise ProblemFormatError(
            path, None, f"fails on test {len(answers) + 1}: {type(cause).__name__}: {cause}"
        )
    return answers
