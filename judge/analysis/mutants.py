"""`judge mutants`: do the tests kill every plausible slip in the reference and in each
accepted submission?

    mutants of reference.py and submissions/accepted/*.py      (mutation.mutants_of)
    -> judged in batches against the problem's tests           (judging.batch: one container
       per batch, each mutant stopped at its first failing test, killed at the time limit)
    -> killed: a test gave it WA, TLE, RE, MLE, OLE or CE
    -> survivors: recorded as equivalent in mutants.yaml, or searched for an input that
       tells them apart from the reference (search.find_difference), printed as a
       ready-to-add hidden test; none found after a large search: likely equivalent

The result is cached per package digest (tests, reference, accepted files, brute.py,
mutants.yaml), time limit, runner image and judge code, so an unchanged problem costs a
file read.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..bank.brute import load_brute
from ..bank.model import Problem
from ..errors import JudgeError, cache_fault
from ..judging.batch import judge_batch
from ..judging.context import Context
from ..judging.core import prepare
from ..judging.expected import problem_digest
from ..judging.pool import cancellable_map
from ..judging.verdict import Verdict
from .equivalents import FILE, load_equivalents
from .mutation import mutants_of
from .record import read_record, record_key, write_record
from .search import Difference, Search, find_difference

CODE_DIRS = ("analysis", "judging", "harness")
CACHE_FOLDER = "mutants-1"


@dataclass(frozen=True)
class Survivor:
    id: str
    description: str
    difference: Difference | None  # None: no input found; likely equivalent


@dataclass
class MutationResult:
    problem_id: str
    total: int = 0
    killed: int = 0
    equivalent: int = 0
    kills: dict[str, int] = field(default_factory=dict)  # by verdict
    survivors: list[Survivor] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # mutants.yaml ids no mutant has
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    recorded: bool = False  # taken from the package's mutants-record.json (record.py)

    @property
    def score(self) -> float:
        counted = self.total - self.equivalent
        return self.killed / counted if counted else 1.0

    @property
    def ok(self) -> bool:
        return not self.survivors and not self.stale and not self.errors


def analyse(
    problem: Problem, context: Context, jobs: int = 2, search: Search | None = None, use_record: bool = True
) -> MutationResult:
    """Mutation analysis of one problem (cached, and recorded in the package when clean:
    see record.py; use_record=False analyses even a package whose record matches); a
    JudgeError is recorded, not raised."""
    started = time.monotonic()
    try:
        lasting = record_key(problem)
        recorded = read_record(problem, lasting) if use_record else None
        if recorded is not None:
            return MutationResult(problem.id, **recorded, seconds=time.monotonic() - started, recorded=True)
        job = prepare(problem, context)
        key = _cache_key(problem, job.limit.limit_ms, context.sandbox.image)
        cached = _read_cache(context.cache_dir, problem, key)
        result = cached if cached is not None else _analyse(problem, context, job, jobs, search or Search())
    except JudgeError as error:
        return MutationResult(problem.id, errors=[str(error)], seconds=time.monotonic() - started)
    if cached is not None:
        return _record(problem, lasting, cached)  # a clean cached result is recorded too
    result.seconds = time.monotonic() - started
    if not result.errors:
        _write_cache(context.cache_dir, problem, key, result)
    return _record(problem, lasting, result)


def _record(problem: Problem, lasting: str, result: MutationResult) -> MutationResult:
    if result.ok:
        write_record(problem, lasting, result.total, result.killed, result.equivalent, result.kills)
    return result


def _analyse(problem: Problem, context: Context, job: Any, jobs: int, search: Search) -> MutationResult:
    """Judge every mutant not recorded as equivalent (recorded ones need no judging: if a
    test killed one, the record would only be unneeded), then search the survivors."""
    result = MutationResult(problem.id)
    every = [m for path in _sources(problem) for m in mutants_of(path.read_bytes(), _name(problem, path))]
    equivalents = load_equivalents(problem.path)
    ids = {m.id for m in every}
    result.stale = [
        f"{FILE}: {e.id} ({e.mutant}) matches no mutant any more"
        for e in equivalents.values()
        if e.id not in ids
    ]
    mutants = [m for m in every if m.id not in equivalents]
    result.total, result.equivalent = len(every), len(every) - len(mutants)
    deadlines = [job.limit.limit_ms] * len(job.tests.cases)  # TLE at the limit itself: the same verdict
    chunks = [mutants[i::jobs] for i in range(jobs)]
    judged = list(
        cancellable_map(
            context,
            jobs,
            lambda chunk: judge_batch(job, [m.source for m in chunk], context, deadlines),
            chunks,
        )
    )
    outcomes = [
        pair
        for chunk, results in zip(chunks, judged, strict=True)
        for pair in zip(chunk, results, strict=True)
    ]
    brute = load_brute(problem)
    for mutant, outcome in sorted(outcomes, key=lambda pair: pair[0].describe()):
        if outcome.verdict is Verdict.JE:
            result.errors.append(f"{mutant.describe()}: judge error: {outcome.message}")
        elif outcome.verdict is not Verdict.AC:
            result.killed += 1
            result.kills[outcome.verdict.value] = result.kills.get(outcome.verdict.value, 0) + 1
        else:
            difference = find_difference(problem, brute, mutant.source, search)
            result.survivors.append(Survivor(mutant.id, mutant.describe(), difference))
    return result


def _sources(problem: Problem) -> list[Path]:
    return [problem.reference_path, *sorted((problem.path / "submissions" / "accepted").glob("*.py"))]


def _name(problem: Problem, path: Path) -> str:
    return str(path.relative_to(problem.path))


def _cache_key(problem: Problem, limit_ms: int, image: str) -> str:
    digest = hashlib.sha256(f"{CACHE_FOLDER}\0{problem_digest(problem)}\0{limit_ms}\0{image}".encode())
    files = [*_sources(problem), problem.brute_path, problem.path / FILE]
    root = Path(__file__).resolve().parent.parent
    files += sorted(p for folder in CODE_DIRS for p in (root / folder).rglob("*.py"))
    for path in files:
        if path.is_file():
            digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _cache_path(cache_dir: Path, problem: Problem, key: str) -> Path:
    return cache_dir / CACHE_FOLDER / f"{problem.pattern}-{problem.number}-{key}.json"


def _read_cache(cache_dir: Path, problem: Problem, key: str) -> MutationResult | None:
    try:
        data = json.loads(_cache_path(cache_dir, problem, key).read_text())
        survivors = [
            Survivor(s["id"], s["description"], Difference(**s["difference"]) if s["difference"] else None)
            for s in data.pop("survivors")
        ]
        data.pop("recorded", None)
        return MutationResult(**data, survivors=survivors, cached=True)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write_cache(cache_dir: Path, problem: Problem, key: str, result: MutationResult) -> None:
    path = _cache_path(cache_dir, problem, key)
    data = asdict(result)
    data.pop("cached")
    data.pop("recorded")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data))
    except OSError as error:
        raise cache_fault(path.parent, error) from None
