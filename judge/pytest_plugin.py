"""The pytest plugin (entry point `pytest11`): in a repository of solutions, `pytest`
collects each solution file as the judged tests of its problem, so an IDE's test explorer
runs and shows judged problems with no extra tooling.

Inert unless the rootdir holds `judge.yaml` or pytest is given `--judge`. Files map to
problems exactly as `judge grade` maps them (path, `# judge:` first line, judge.yaml) and
are never imported on the host: each is judged once, in the sandbox, through the grading
core (so results are cached like `judge grade`'s), the first time one of its tests runs.

    two-pointers/003.py                   a File
      two-pointers/003.py::sample/01-...  an Item per test: AC passes, SKIPPED skips,
                                          any other verdict fails with its message
    a judge error (JE, no engine)         an error in the item's setup, not a failure

A hook, `pytest_judge_runtime(config)`, lets a conftest or plugin supply the Runtime (the
judge's own tests pass one with a host sandbox); by default it is the Docker sandbox.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .errors import JudgeError

if TYPE_CHECKING:  # the judge itself is imported only where judge.yaml (or --judge) asks for it
    from .cli.runtime import Runtime
    from .grading.model import Assignment, Outcome, Task
    from .judging.report import CaseResult

MANIFEST = "judge.yaml"  # as judge.grading.manifest names it

_STATE = pytest.StashKey["_Judging"]()


class JudgeHooks:
    @pytest.hookspec(firstresult=True)
    def pytest_judge_runtime(self, config: pytest.Config) -> Runtime | None:
        """The Runtime to judge with (None: the default, the Docker sandbox)."""


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    pluginmanager.add_hookspecs(JudgeHooks)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("judge", "coding judge: judged solutions as tests")
    group.addoption("--judge", action="store_true", help="Judge solution files (on without judge.yaml).")
    group.addoption("--judge-problems", metavar="DIR", help="The problem bank (default: the judge's).")


def pytest_configure(config: pytest.Config) -> None:
    root = Path(str(config.rootpath))
    if config.getoption("--judge") or (root / MANIFEST).is_file():
        config.stash[_STATE] = _Judging(config, root)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(_STATE, None)
    if state is None or file_path.suffix != ".py":
        return None
    task = state.task_for(file_path)
    if task is None:
        return None
    return SolutionFile.from_parent(parent, path=file_path, task=task)


class _Judging:
    """The session's assignment (found once), and each file's outcome (judged once)."""

    def __init__(self, config: pytest.Config, root: Path) -> None:
        self.config, self.root = config, root
        self._assignment: Assignment | None = None
        self._load: Any = None
        self._context: Any = None
        self._outcomes: dict[str, Outcome | JudgeError] = {}

    def _runtime(self) -> Runtime:
        from .cli.runtime import Runtime

        given = self.config.hook.pytest_judge_runtime(config=self.config)
        problems = self.config.getoption("--judge-problems")
        return (given or Runtime()).with_problems(Path(problems) if problems else None)

    def assignment(self) -> Assignment:
        if self._assignment is None:
            from .bank.loader import load_patterns, load_problem, resolve_problem
            from .grading.discover import BankIndex, find_solutions
            from .grading.manifest import load_manifest

            runtime = self._runtime()
            settings = runtime.config
            slugs = [p.slug for p in load_patterns(settings.patterns_dir)]
            bank = BankIndex.of(settings.problems_dir, slugs)
            try:
                self._assignment = find_solutions(self.root, bank, load_manifest(self.root, bank.canonical))
            except JudgeError as error:
                raise pytest.UsageError(f"judge: {error}") from None
            self._load = lambda pid: load_problem(resolve_problem(settings.problems_dir, pid), set(slugs))
            self._context = runtime.judging(lambda line: print(line, file=sys.stderr))
        return self._assignment

    def task_for(self, path: Path) -> Task | None:
        assignment = self.assignment()
        try:
            relative = path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return None
        return next((t for t in assignment.tasks if t.file == relative), None)

    def problem(self, task: Task) -> Any:
        return self._load(task.problem_id)

    def outcome(self, task: Task) -> Outcome:
        from .grading.model import Assignment

        known = self._outcomes.get(task.problem_id)
        if known is None:
            from .grading.runner import Options, grade

            try:
                graded = grade(Assignment(self.root, (task,)), self._load, self._context, Options(jobs=1))
                known = graded.outcomes[0] if graded.fault is None else JudgeError(graded.fault)
            except JudgeError as error:
                known = error
            self._outcomes[task.problem_id] = known
        if isinstance(known, JudgeError):
            raise known
        return known


class SolutionFile(pytest.File):
    def __init__(self, *, task: Task, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.task = task

    def collect(self) -> list[pytest.Item]:
        from .bank.testfiles import read_tests

        state = self.config.stash[_STATE]
        try:
            cases = read_tests(state.problem(self.task))
        except JudgeError as error:
            return [JudgedTest.from_parent(self, name=self.task.problem_id, case_id=None, fault=str(error))]
        return [JudgedTest.from_parent(self, name=case.id, case_id=case.id) for case in cases]


class JudgeFailure(Exception):
    """A judged test that was not accepted (shown as the item's failure)."""


class JudgedTest(pytest.Item):
    def __init__(self, *, case_id: str | None, fault: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case_id, self.fault = case_id, fault
        self.outcome: Outcome | None = None

    def setup(self) -> None:
        if self.fault is not None:
            raise JudgeError(self.fault)
        from .grading.model import Status

        parent = self.parent
        assert isinstance(parent, SolutionFile)
        outcome = self.config.stash[_STATE].outcome(parent.task)
        if outcome.status is Status.ERROR:
            raise JudgeError(f"judge error: {outcome.note}")
        self.outcome = outcome

    def runtest(self) -> None:
        from .judging.verdict import Verdict

        assert self.outcome is not None and self.outcome.report is not None
        report = self.outcome.report
        if report.load_error is not None:
            error = report.load_error
            raise JudgeFailure(f"CE: {error.message} (line {error.line})")
        result = next((r for r in report.results if r.id == self.case_id), None)
        if result is None:
            pytest.skip("not run")
        elif result.verdict is Verdict.SKIPPED:
            pytest.skip(result.message or "skipped after a time-out on a smaller test")
        elif result.verdict is not Verdict.AC:
            raise JudgeFailure(_failure_text(result))
        self.user_properties.append(("verdict", result.verdict.value))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, JudgeFailure | JudgeError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, ""  # the node id names it: file::test


def _failure_text(result: CaseResult) -> str:
    lines = [f"{result.verdict.value} ({result.verdict.title}) on {result.id}: {result.description}"]
    if result.message:
        lines.append(result.message)
    if result.where is not None and result.where.frames:
        frame = result.where.frames[-1]
        lines.append(f"at line {frame.line} in {frame.function}: {frame.code}")
    return "\n".join(lines)
