"""Grading an assignment: every solution through the judging core, several at once,
results cached by digest, faults contained, interruption honoured.

    for each task (on `jobs` threads):  missing? -> MISSING
      problem, source          load; unreadable source -> CE for every test (not an error)
      key                      (solution, problem digest, image, limit, policy): cached?
      core.judge_file          in the sandbox, as `judge run` judges (skip after a time-out)
    -> Outcome, passed to on_outcome on the calling thread as soon as it is known (and
       cached there at once, so a kill loses nothing finished)

A judge fault on one solution (JE, a broken package) is ERROR for that solution; the rest
are graded. When the sandbox is unavailable nothing can be judged: every unfinished task
is ERROR and Grade.fault says why. `stop` (set by a signal handler) cancels runs under
way and returns what was finished, with Grade.interrupted.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from ..bank.model import Problem
from ..errors import JudgeError, SandboxUnavailable
from ..judging.context import Context
from ..judging.core import judge_file, prepare
from ..judging.expected import problem_digest
from ..judging.limits import cached_limit_for
from ..judging.report import Report
from ..judging.run import Watching, judge_job
from ..judging.source import oversized, unreadable
from ..judging.verdict import Verdict
from ..sandbox import KeepsReady
from .cache import ResultCache, result_key
from .model import Assignment, Grade, Outcome, Status, Task

LoadProblem = Callable[[str], Problem]
POLL_S = 0.2  # how often the waiting thread looks at `stop`


@dataclass(frozen=True)
class Options:
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    use_cache: bool = True  # False: judge every solution again (fresh results are still stored)
    all_tests: bool = False  # else, as `judge run`: after a time-out skip the larger tests


class _Stopped(Exception):
    """A run was cut short because grading is stopping: its result is not kept."""


def grade(
    assignment: Assignment,
    load_problem: LoadProblem,
    context: Context,
    options: Options,
    on_outcome: Callable[[Outcome], None] | None = None,
    stop: threading.Event | None = None,
) -> Grade:
    began = time.monotonic()
    stop = stop or threading.Event()
    cache = ResultCache(context.cache_dir)
    done: dict[int, Outcome] = {}
    judged = 0

    def finish(index: int, outcome: Outcome) -> None:
        done[index] = outcome
        if on_outcome is not None:
            on_outcome(outcome)

    grader = _Grader(assignment.repo, load_problem, context, options, cache, stop)
    pending: dict[Future[tuple[Outcome, bool]], int] = {}
    fault: str | None = None
    with ThreadPoolExecutor(max_workers=max(1, options.jobs), thread_name_prefix="grade") as pool:
        for index, task in enumerate(assignment.tasks):
            if task.file is None:
                finish(index, grader.missing(task))
            else:
                pending[pool.submit(grader.outcome, task)] = index
        try:
            while pending and not stop.is_set():
                finished, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    try:
                        outcome, ran = future.result()
                    except _Stopped:
                        continue
                    except SandboxUnavailable as error:
                        fault = fault or str(error)
                        stop.set()
                        continue
                    judged += ran
                    finish(index, outcome)
        finally:
            if pending:
                stop.set()
                grader.cancel()
            for future in pending:
                future.cancel()
            grader.close()
    unfinished = "not graded: " + (fault or "grading was interrupted")
    outcomes = tuple(done.get(i) or grader.error(task, unfinished) for i, task in enumerate(assignment.tasks))
    return Grade(
        assignment.repo,
        outcomes,
        assignment.ignored,
        interrupted=fault is None and len(done) < len(assignment.tasks),
        fault=fault,
        seconds=time.monotonic() - began,
        judged=judged,
    )


class _Grader:
    """One task at a time, on any thread; problems are loaded once each."""

    def __init__(
        self,
        repo: Path,
        load_problem: LoadProblem,
        context: Context,
        options: Options,
        cache: ResultCache | None,
        stop: threading.Event,
    ) -> None:
        self.repo, self.load_problem, self.context, self.options = repo, load_problem, context, options
        self.cache, self.stop = cache, stop
        self._problems: dict[str, Problem | JudgeError] = {}
        self._lock = threading.Lock()
        self._ready_asked = False

    def problem(self, problem_id: str) -> Problem:
        with self._lock:
            known = self._problems.get(problem_id)
            if known is None:
                try:
                    known = self.load_problem(problem_id)
                except JudgeError as error:
                    known = error
                self._problems[problem_id] = known
        if isinstance(known, JudgeError):
            raise known
        return known

    def missing(self, task: Task) -> Outcome:
        title, pattern = self._names(task.problem_id)
        note = "no file solves it" if task.file is None else f"{task.file.as_posix()} is not there"
        return Outcome(task, title, pattern, Status.MISSING, note=note)

    def error(self, task: Task, note: str) -> Outcome:
        title, pattern = self._names(task.problem_id)
        return Outcome(task, title, pattern, Status.ERROR, note=note)

    def _names(self, problem_id: str) -> tuple[str, str]:
        try:
            problem = self.problem(problem_id)
        except JudgeError:
            return "", problem_id.split("/")[0]
        return problem.title, problem.pattern

    def cancel(self) -> None:
        """Stop the runs under way (only if the sandbox was ever opened)."""
        sandbox = self.context.opened_sandbox
        if sandbox is not None:
            sandbox.cancel()

    def keep_ready(self) -> None:
        """Once a file is to be judged: a container per worker started ahead of its run."""
        with self._lock:
            if self._ready_asked:
                return
            self._ready_asked = True
        sandbox = self.context.sandbox
        if isinstance(sandbox, KeepsReady):
            sandbox.keep_ready(self.options.jobs)

    def close(self) -> None:
        """Remove the containers started ahead and not used."""
        sandbox = self.context.opened_sandbox
        if isinstance(sandbox, KeepsReady):
            sandbox.close()

    def outcome(self, task: Task) -> tuple[Outcome, bool]:
        """The task's outcome, and whether the sandbox judged it (False: from the cache)."""
        if self.stop.is_set():
            raise _Stopped
        assert task.file is not None
        name = task.file.as_posix()
        try:
            problem = self.problem(task.problem_id)
            source = (self.repo / task.file).read_bytes()
        except JudgeError as error:
            return self.error(task, str(error)), False
        except OSError as error:
            return self.error(task, f"cannot read {name}: {error.strerror or error}"), False
        try:
            key = self._key(problem, source)
            cached = None
            if self.cache is not None and key is not None and self.options.use_cache:
                cached = self.cache.get(key)
            if cached is not None:
                return self._outcome(task, problem, cached, cached=True), False
            report = self._judge(problem, source, name)
            if self.stop.is_set():
                raise _Stopped  # the run may have been cut short: not a result
            key = key or self._key(problem, source)
            if self.cache is not None and key is not None:
                self.cache.put(key, report)
        except (SandboxUnavailable, _Stopped):
            raise
        except JudgeError as error:  # a broken package, a reference too slow to time
            return self.error(task, str(error)), False
        return self._outcome(task, problem, report), True

    def _judge(self, problem: Problem, source: bytes, name: str) -> Report:
        refusal = _refusal(source, self.context.policy.sizes.source_bytes)
        if refusal is not None:
            return judge_file(problem, source, self.context, name, refused=refusal)
        job = prepare(problem, self.context)
        self.keep_ready()
        watching = None if self.options.all_tests else Watching(skip_after_timeout=True)
        return judge_job(job, source, self.context, name, watching)

    def _key(self, problem: Problem, source: bytes) -> str | None:
        """The cache key, when this machine has derived the problem's limit already."""
        digest = problem_digest(problem)
        image = self.context.sandbox.image
        limit = cached_limit_for(problem, digest, image, self.context.cache_dir)
        if limit is None:
            return None
        return result_key(source, digest, image, limit.limit_ms, self.context.policy)

    @staticmethod
    def _outcome(task: Task, problem: Problem, report: Report, cached: bool = False) -> Outcome:
        if report.headline is Verdict.JE:
            status, note = Status.ERROR, report.judge_error or "the judge failed"
        else:
            status, note = (Status.ACCEPTED if report.headline is Verdict.AC else Status.REJECTED), ""
        return Outcome(task, problem.title, problem.pattern, status, report, cached, note)


def _refusal(source: bytes, cap: int) -> str | None:
    too_big = oversized(source, cap)
    if too_big is not None:
        return too_big
    problem = unreadable(source)
    return None if problem is None else f"the file {problem}"
