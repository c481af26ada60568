"""`judge grade --cluster ADDRESS REPO...`: many repositories graded on a Dask distributed
cluster (`dask scheduler` on one host, `dask worker ADDRESS` on every Docker host).

    client      finds each repository's solutions (never importing them), submits one
                task per (repository, solution) with the source as bytes
    worker      EnsureRunner (a worker plugin) makes sure the runner image exists when the
                worker joins; judge_remote grades one solution through the grading core
                in that worker's sandbox, with its own result cache
    back        results gathered per repository, each once (a task lost with a killed
                worker is run again elsewhere by the scheduler); a report per repository
                and a roster (CSV and JSON); every worker sweeps its leftover containers

Every worker host needs the judge installed and the problem bank at the same path as
the client's (or `--problems DIR` there). `distributed` is an optional extra:
`pip install 'coding-judge[cluster]'`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import JudgeError
from ..grading.discover import BankIndex, find_solutions
from ..grading.manifest import load_manifest
from ..grading.model import Assignment, Grade, Outcome, Status, Task
from ..grading.runner import Options, grade
from .runtime import Runtime

RETRIES = 2  # a task whose worker failed (not died: the scheduler reruns those) runs again
Problems = Callable[[str], Any]


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise JudgeError("--cluster needs Dask distributed: pip install 'coding-judge[cluster]'") from None
    return distributed


def ensure_runner_plugin() -> Any:
    """A worker plugin: the runner image exists on the worker's engine before it judges."""
    plugin_base: Any = _distributed().WorkerPlugin

    class EnsureRunner(plugin_base):  # type: ignore[misc]
        name = "coding-judge-runner"

        def setup(self, worker: Any) -> None:
            from ..sandbox.docker_image import ensure_runner
            from ..sandbox.docker_sandbox import connect

            ensure_runner(connect(), lambda line: None)

    return EnsureRunner()


def judge_remote(task: Task, source: bytes, problems_dir: str, options: Options) -> tuple[Outcome, int]:
    """On a worker: one solution graded through the core in this host's sandbox."""
    runtime = Runtime().with_problems(Path(problems_dir))
    from ..bank.loader import load_patterns, load_problem, resolve_problem

    slugs = {p.slug for p in load_patterns(runtime.config.patterns_dir)}
    assert task.file is not None
    with tempfile.TemporaryDirectory(prefix="judge-task-") as tmp:
        target = Path(tmp) / task.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source)
        graded = grade(
            Assignment(Path(tmp), (task,)),
            lambda pid: load_problem(resolve_problem(Path(problems_dir), pid), slugs),
            runtime.judging(lambda line: None),
            options,
        )
    if graded.fault is not None:
        raise RuntimeError(graded.fault)  # this worker cannot judge: retried, maybe elsewhere
    return graded.outcomes[0], graded.judged


def sweep_here() -> int:
    """On a worker: remove containers left by judges that no longer run (a killed worker)."""
    from ..sandbox.docker_sandbox import DockerSandbox, connect

    return int(DockerSandbox("", connect()).sweep())


def grade_on_cluster(
    scheduler: Any,
    repos: dict[str, Path],
    bank: BankIndex,
    load_problem: Problems,
    options: Options,
    on_outcome: Callable[[str, Outcome], None] | None = None,
) -> dict[str, Grade]:
    """Every repository's Grade, in the order given. `scheduler` is an address
    (tcp://host:8786) or a cluster object (LocalCluster in tests)."""
    distributed = _distributed()
    client = distributed.Client(scheduler)
    try:
        client.register_plugin(ensure_runner_plugin())
        return _grade_all(client, distributed, repos, bank, load_problem, options, on_outcome)
    finally:
        try:
            client.run(sweep_here)
        finally:
            client.close()


def _grade_all(
    client: Any,
    distributed: Any,
    repos: dict[str, Path],
    bank: BankIndex,
    load_problem: Problems,
    options: Options,
    on_outcome: Callable[[str, Outcome], None] | None,
) -> dict[str, Grade]:
    assignments: dict[str, Assignment] = {}
    outcomes: dict[tuple[str, int], Outcome] = {}
    judged: dict[str, int] = {}
    futures: dict[Any, tuple[str, int]] = {}
    problems_dir = str(bank.problems_dir.resolve())
    for name, repo in repos.items():
        assignment = find_solutions(repo, bank, load_manifest(repo, bank.canonical))
        assignments[name], judged[name] = assignment, 0
        for index, task in enumerate(assignment.tasks):
            if task.file is None:
                outcomes[(name, index)] = _plain(task, load_problem, Status.MISSING, "no file solves it")
                continue
            source = (repo / task.file).read_bytes()
            future = client.submit(
                judge_remote, task, source, problems_dir, options, pure=False, retries=RETRIES
            )
            futures[future] = (name, index)
    for future, result in distributed.as_completed(futures, with_results=True, raise_errors=False):
        name, index = futures[future]
        task = assignments[name].tasks[index]
        if isinstance(result, BaseException):
            outcome = _plain(task, load_problem, Status.ERROR, f"not graded: {result}")
        else:
            outcome, ran = result
            judged[name] += ran
        outcomes[(name, index)] = outcome
        if on_outcome is not None:
            on_outcome(name, outcome)
    return {
        name: Grade(
            repos[name],
            tuple(outcomes[(name, i)] for i in range(len(assignment.tasks))),
            assignment.ignored,
            judged=judged[name],
        )
        for name, assignment in assignments.items()
    }


def _plain(task: Task, load_problem: Problems, status: Status, note: str) -> Outcome:
    try:
        problem = load_problem(task.problem_id)
        title, pattern = problem.title, problem.pattern
    except JudgeError:
        title, pattern = "", task.problem_id.split("/")[0]
    return Outcome(task, title, pattern, status, note=note)


def read_roster(path: Path) -> dict[str, Path]:
    """A roster file: one repository per line, `PATH` or `NAME,PATH` (relative paths from
    the roster's folder; `#` starts a comment). Names must be unique."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = f"cannot read the roster {path} ({error}); give a text file of repository paths"
        raise JudgeError(reason) from None
    repos: dict[str, Path] = {}
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, where = line.rpartition(",")
        repo = (path.parent / where.strip()).resolve()
        name = name.strip() or repo.name
        if not repo.is_dir():
            raise JudgeError(f"{path}: line {number}: {where.strip()} is not a folder")
        if name in repos:
            raise JudgeError(f"{path}: line {number}: the name {name} is used twice; give NAME,PATH")
        repos[name] = repo
    if not repos:
        raise JudgeError(f"{path} names no repository; write one path per line")
    return repos
