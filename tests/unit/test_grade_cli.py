"""`judge grade` through the CLI: exit codes, the score threshold, the result cache, bad
usage as one line, faults contained per solution, and stopping part-way. The harness runs
on the host as a subprocess (tests/fakes.py); tests/docker/test_grade.py does it for real."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from fakes import FailingSandbox, SubprocessSandbox, invoke, unavailable_sandbox
from grade_support import BANK, REPO

from judge.errors import SandboxError
from judge.grading.model import Assignment, Status, Task
from judge.grading.runner import Options, grade
from judge.judging.context import Context
from judge.sandbox import RunOutcome, RunRequest

ACCEPTED = REPO / "hashing" / "001-echo-sum.py"
WRONG = REPO / "hashing_004.py"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_SERVER": "off", "NO_COLOR": "1"}


def _repo(root: Path, files: dict[str, Path | str]) -> Path:
    for name, content in files.items():
        target = root / "repo" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copy(content, target)
        else:
            target.write_text(content)
    return root / "repo"


def _grade(repo: Path, env: dict[str, str], *args: str, sandbox: Any = None) -> Any:
    return invoke("grade", repo, "-j", "2", *args, problems=BANK, env=env, sandbox=sandbox)


def _json(result: Any) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(result.output)
    return report


def test_all_accepted_exits_0(tmp_path: Path, env: dict[str, str]) -> None:
    result = _grade(_repo(tmp_path, {"hashing/001.py": ACCEPTED}), env)
    assert result.exit_code == 0, result.output
    assert "Score 1/1 (100%)" in result.output


def test_a_wrong_solution_exits_1_and_min_score_decides_instead(tmp_path: Path, env: dict[str, str]) -> None:
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED, "hashing/004.py": WRONG})
    assert _grade(repo, env).exit_code == 1
    assert _grade(repo, env, "--min-score", "50").exit_code == 0  # 1 of 2: 50%
    assert _grade(repo, env, "--min-score", "51").exit_code == 1


def test_an_unchanged_solution_comes_from_the_cache(tmp_path: Path, env: dict[str, str]) -> None:
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED, "hashing/004.py": WRONG})
    first = _json(_grade(repo, env, "--format", "json"))
    assert first["judged"] == 2
    again = _json(_grade(repo, env, "--format", "json"))
    assert again["judged"] == 0
    assert [p["status"] for p in again["problems"]] == [p["status"] for p in first["problems"]]
    (repo / "hashing" / "004.py").write_text(WRONG.read_text() + "\n# changed\n")
    changed = _json(_grade(repo, env, "--format", "json"))
    assert changed["judged"] == 1  # only the file that changed
    forced = _json(_grade(repo, env, "--format", "json", "--no-cache"))
    assert forced["judged"] == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--format", "json", "--format", "junit"), "would share stdout"),
        (("--format", "yaml"), "unknown format 'yaml'"),
        (("--output", "junit"), "write it as FORMAT=PATH"),
        (("--output", "=x.xml"), "unknown format ''"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    tmp_path: Path, env: dict[str, str], args: tuple[str, ...], words: str
) -> None:
    result = _grade(_repo(tmp_path, {"hashing/001.py": ACCEPTED}), env, *args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_file_or_an_empty_folder_is_not_a_repository(tmp_path: Path, env: dict[str, str]) -> None:
    on_file = _grade(ACCEPTED, env)  # type: ignore[arg-type]
    assert on_file.exit_code == 2 and "use `judge run ID FILE`" in on_file.output
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.py").write_text("x = 1\n")
    nothing = _grade(empty, env)
    assert nothing.exit_code == 2
    assert "no file in" in nothing.output and "1 .py files ignored" in nothing.output


def test_the_bank_comes_from_problems_and_never_from_the_graded_repository(
    tmp_path: Path, env: dict[str, str]
) -> None:
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED})
    bank = tmp_path / "private-bank"
    shutil.copytree(BANK, bank)
    on_option = invoke("grade", repo, "--problems", bank, env=env)
    assert on_option.exit_code == 0, on_option.output
    missing = invoke("grade", repo, "--problems", tmp_path / "nope", env=env)
    assert missing.exit_code == 2 and "no such folder" in missing.output
    shutil.copytree(BANK, repo / "bank")  # a bank inside the graded repository: refused
    inside = invoke("grade", repo, "--problems", repo / "bank", env=env)
    assert inside.exit_code == 2 and "inside" in inside.output and "Traceback" not in inside.output


def test_a_bad_judge_yaml_names_the_field(tmp_path: Path, env: dict[str, str]) -> None:
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED, "judge.yaml": "points: lots\n"})
    result = _grade(repo, env)
    assert result.exit_code == 2 and "judge.yaml" in result.output and "points" in result.output


class _BreaksOnMarker(SubprocessSandbox):
    """The engine fails for any job whose source carries the marker (a judge fault on one
    solution), and works for the others."""

    def run(self, request: RunRequest) -> RunOutcome:
        if b"# break the judge" in request.job:
            raise SandboxError("the engine lost this container")
        return super().run(request)


def test_a_judge_fault_on_one_solution_is_error_for_it_alone(tmp_path: Path, env: dict[str, str]) -> None:
    broken = ACCEPTED.read_text().replace("\n", "\n# break the judge\n", 1)
    files = {"hashing/001.py": ACCEPTED, "hashing/004.py": broken.replace("echoSum", "pairCount")}
    repo = _repo(tmp_path, files)
    junit = tmp_path / "out" / "junit.xml"
    result = _grade(repo, env, "--format", "json", "--output", f"junit={junit}", sandbox=_BreaksOnMarker)
    assert result.exit_code == 3
    report = _json(result)
    statuses = {p["problem"]: p["status"] for p in report["problems"]}
    assert statuses == {"hashing/001": "accepted", "hashing/004": "error"}
    assert "<error" in junit.read_text()  # written although grading failed


def test_no_engine_is_exit_3_with_a_report(tmp_path: Path, env: dict[str, str]) -> None:
    report = tmp_path / "grade.json"
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED})
    result = _grade(repo, env, "--output", f"json={report}", sandbox=unavailable_sandbox)
    assert result.exit_code == 3
    assert "cannot reach the Docker engine" in result.output
    assert json.loads(report.read_text())["fault"]


def test_an_engine_that_fails_every_run_is_exit_3(tmp_path: Path, env: dict[str, str]) -> None:
    result = _grade(_repo(tmp_path, {"hashing/001.py": ACCEPTED}), env, sandbox=FailingSandbox)
    assert result.exit_code == 3
    assert "Traceback" not in result.output


def test_a_report_that_cannot_be_written_is_named_and_the_others_are_written(
    tmp_path: Path, env: dict[str, str]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    good = tmp_path / "grade.json"
    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED})
    result = _grade(repo, env, "--output", f"junit={blocked}/junit.xml", "--output", f"json={good}")
    assert result.exit_code == 2
    assert "cannot write the junit report" in result.output
    assert json.loads(good.read_text())["score"] == 1


def test_stopping_returns_what_was_finished_and_marks_the_rest(tmp_path: Path) -> None:
    from judge.bank.loader import load_problem, resolve_problem

    repo = _repo(tmp_path, {"hashing/001.py": ACCEPTED, "hashing/004.py": WRONG})
    tasks = (Task("hashing/001", Path("hashing/001.py")), Task("hashing/004", Path("hashing/004.py")))
    stop = threading.Event()
    sandbox = SubprocessSandbox()
    context = Context.of(sandbox, tmp_path / "cache")

    def stop_after_first(outcome: Any) -> None:
        stop.set()

    result = grade(
        Assignment(repo, tasks),
        lambda pid: load_problem(resolve_problem(BANK, pid)),
        context,
        Options(jobs=1),
        stop_after_first,
        stop,
    )
    assert result.interrupted and result.fault is None
    statuses = [o.status for o in result.outcomes]
    assert statuses[0] in (Status.ACCEPTED, Status.REJECTED)
    assert statuses[1] is Status.ERROR and "not graded" in result.outcomes[1].note
    assert result.score in (0, 1) and result.max_score == 2


def test_several_repositories_need_a_cluster(tmp_path: Path, env: dict[str, str]) -> None:
    one = _repo(tmp_path / "a", {"hashing/001.py": ACCEPTED})
    two = _repo(tmp_path / "b", {"hashing/001.py": ACCEPTED})
    result = invoke("grade", one, two, problems=BANK, env=env)
    assert result.exit_code == 2 and "--cluster" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("roster", "words"),
    [
        ("", "names no repository"),
        ("nowhere\n", "line 1: nowhere is not a folder"),
        ("ana,repo\nana,repo\n", "line 2: the name ana is used twice"),
    ],
)
def test_a_bad_roster_is_one_line(tmp_path: Path, env: dict[str, str], roster: str, words: str) -> None:
    _repo(tmp_path, {"hashing/001.py": ACCEPTED})
    path = tmp_path / "roster.txt"
    path.write_text(roster)
    result = invoke("grade", "--cluster", "tcp://127.0.0.1:1", "--roster", path, problems=BANK, env=env)
    assert result.exit_code == 2 and words in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
