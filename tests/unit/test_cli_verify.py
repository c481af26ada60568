"""`judge verify` through the CLI: each problem proves itself, a batch survives a broken
package, one sandbox serves the whole batch, and the judge's own faults are exit 3."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from fakes import SubprocessSandbox, invoke
from problem_packages import case, copy_problem, function_entry, write_problem

from judge.judging.policy import Policy, TimePolicy

_judge = invoke
SQUARE_SOURCE = "def square(n):\n    return n * n\n"
DOUBLE_SOURCE = "def square(n):\n    return n + n\n"


# --- judge verify ----------------------------------------------------------------------

SQUARE = function_entry("square", {"n": "int"}, "int")
SLOW_ON_FOUR = "import time\ndef square(n):\n    if n >= 4:\n        time.sleep(0.5)\n    return n * n\n"
BIG = ["max-size"]


def _square_bank(root: Path, submissions: dict[str, str]) -> Path:
    folder = write_problem(
        root,
        SQUARE,
        "def square(n):\n    return n * n\n",
        [case("two", n=2), case("three", n=3)],
        [{**case("four", n=4), "tags": BIG}, {**case("five", n=5), "tags": BIG}],
        limits={"time_floor_ms": 200},
    )
    for relative, source in submissions.items():
        (folder / "submissions" / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / "submissions" / relative).write_text(source)
    return root


def test_verify_passes_when_every_submission_gets_its_verdict(tmp_path: Path) -> None:
    root = _square_bank(
        tmp_path,
        {
            "accepted/power.py": "def square(n):\n    return n ** 2\n",
            "wrong_answer/double.py": "def square(n):\n    return n + n\n",
            "time_limit_exceeded/sleepy.py": SLOW_ON_FOUR,
        },
    )

    result = _judge("verify", "two-pointers/009", "--json", problems=root)

    assert result.exit_code == 0, result.output
    (problem,) = json.loads(result.stdout)["problems"]
    assert problem["ok"] and problem["issues"] == []
    assert problem["time_limit_ms"] == max(200, math.ceil(3 * problem["reference_slowest_ms"]))
    assert [(s["path"], s["verdict"], s["ok"]) for s in problem["submissions"]] == [
        ("reference.py", "AC", True),
        ("submissions/accepted/power.py", "AC", True),
        ("submissions/wrong_answer/double.py", "WA", True),
        ("submissions/time_limit_exceeded/sleepy.py", "TLE", True),
    ]


def test_verify_fails_when_a_wrong_submission_passes(tmp_path: Path) -> None:
    root = _square_bank(tmp_path, {"wrong_answer/not_wrong.py": "def square(n):\n    return n * n\n"})

    result = _judge("verify", "two-pointers/009", problems=root)

    assert result.exit_code == 1
    assert "[FAIL] submissions/wrong_answer/not_wrong.py: AC" in result.stdout
    assert "never got WA (worst: AC)" in result.stdout
    assert "[FAIL] submissions/time_limit_exceeded/ holds no submission" in result.stdout
    assert not (root / "two-pointers" / "009-tiny" / "verify-record.json").exists()  # only a pass is kept
    assert re.search(
        r"\n0/1 problem\(s\) verified in [0-9.]+ s; failed: two-pointers/009$", result.stdout.rstrip()
    )


def test_files_are_judged_in_one_batch_and_a_wrong_one_that_crashes_first_again_alone(
    tmp_path: Path,
) -> None:
    crashes_then_wrong = "def square(n):\n    if n == 2:\n        raise ValueError(n)\n    return n + n\n"
    submissions = {
        "accepted/power.py": "def square(n):\n    return n ** 2\n",
        "wrong_answer/double.py": DOUBLE_SOURCE,
        "wrong_answer/crashes_then_wrong.py": crashes_then_wrong,
        "time_limit_exceeded/sleepy.py": SLOW_ON_FOUR,
    }
    root = _square_bank(tmp_path, submissions)
    opened: list[SubprocessSandbox] = []

    def open_once() -> SubprocessSandbox:
        opened.append(SubprocessSandbox())
        return opened[-1]

    result = _judge("verify", "two-pointers/009", "--json", problems=root, sandbox=open_once)

    (problem,) = json.loads(result.stdout)["problems"]
    checks = {s["path"].rsplit("/", 1)[-1]: (s["ok"], s["reason"]) for s in problem["submissions"]}
    assert checks["crashes_then_wrong.py"] == (True, "WA on sample/02-case"), result.output  # RE first
    assert checks["power.py"] == (True, "") and checks["double.py"] == (True, "WA on sample/02-case")
    # the reference timed; power, both wrong files in one batch; the crashing one alone; sleepy alone
    assert len(opened[0].requests) == 4


def test_verify_needs_one_id_or_all() -> None:
    for args in (["verify"], ["verify", "two-pointers/001", "--all"]):
        result = _judge(*args)

        assert result.exit_code == 2
        assert result.stderr == "Error: give one PROBLEM_ID or --all\n"


def test_verify_the_pair_sum_problem(tmp_path: Path) -> None:
    """Slow-ish: the O(n^2) submission is stopped at the time limit on each maximum-size test.
    A copy: a passing verification writes its record into the package."""
    copy_problem(tmp_path)
    result = _judge("verify", "two-pointers/001", problems=tmp_path)

    assert result.exit_code == 0, result.output
    assert "two-pointers/001 · Pair With Target Sum: ok" in result.stdout
    assert "1/1 problem(s) verified" in result.stdout


def test_a_passing_verification_is_recorded_and_taken_until_the_package_changes(tmp_path: Path) -> None:
    root = _square_bank(
        tmp_path / "problems", {"wrong_answer/d.py": DOUBLE_SOURCE, "time_limit_exceeded/s.py": SLOW_ON_FOUR}
    )
    folder = root / "two-pointers" / "009-tiny"
    opened: list[SubprocessSandbox] = []

    def opener() -> SubprocessSandbox:
        opened.append(SubprocessSandbox())
        return opened[-1]

    def verify(*extra: str) -> tuple[dict[str, object], int]:
        before = sum(len(s.requests) for s in opened)
        result = _judge("verify", "two-pointers/009", "--json", *extra, problems=root, sandbox=opener)
        assert result.exit_code == 0, result.output
        (problem,) = json.loads(result.stdout)["problems"]
        return problem, sum(len(s.requests) for s in opened) - before

    first, runs = verify()
    assert runs > 0 and not first["recorded"] and (folder / "verify-record.json").is_file()
    again, runs = verify()
    assert (
        runs == 0
        and again["recorded"]
        and again["submissions"]
        == [{**s, "ok": True} for s in json.loads((folder / "verify-record.json").read_text())["checks"]]
    )
    assert verify("--fresh")[1] > 0
    (folder / "submissions" / "wrong_answer" / "d.py").write_text(DOUBLE_SOURCE + "# edited\n")
    changed, runs = verify()
    assert runs > 0 and not changed["recorded"]


# --- a batch, and faults of the judge's own --------------------------------------------


def test_a_broken_package_fails_its_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    root = _square_bank(
        tmp_path,
        {
            "wrong_answer/double.py": "def square(n):\n    return n + n\n",
            "time_limit_exceeded/s.py": SLOW_ON_FOUR,
        },
    )
    broken = write_problem(
        root, SQUARE, "def square(n):\n    return n * n\n", [case("a", n=1)], name="010-broken"
    )
    (broken / "problem.yaml").write_text((broken / "problem.yaml").read_text().replace("easy", "extreme"))

    result = _judge("verify", "--all", problems=root)

    assert result.exit_code == 1, result.output
    assert "two-pointers/009 · Tiny: ok" in result.stdout
    assert "two-pointers/010 · (not loaded): FAILED" in result.stdout
    assert "difficulty: must be one of easy, medium, hard" in result.stdout
    assert result.stdout.rstrip().endswith(
        "1/2 problem(s) verified in " + result.stdout.rsplit(" in ", 1)[1].strip()
    )
    assert "failed: two-pointers/010" in result.stdout


def test_an_unknown_submissions_folder_fails_verification(tmp_path: Path) -> None:
    root = _square_bank(
        tmp_path,
        {
            "wrong_answer/double.py": "def square(n):\n    return n + n\n",
            "time_limit_exceeded/s.py": SLOW_ON_FOUR,
            "wrong_answers/typo.py": "def square(n):\n    return 0\n",
        },
    )

    result = _judge("verify", "two-pointers/009", problems=root)

    assert result.exit_code == 1
    known = "accepted, wrong_answer, time_limit_exceeded, runtime_error"
    assert f"[FAIL] submissions/wrong_answers/: unknown folder (known: {known})" in result.stdout


def test_a_missing_brute_force_fails_verification(tmp_path: Path) -> None:
    root = _square_bank(tmp_path, {"wrong_answer/d.py": "def square(n):\n    return n + n\n"})
    (root / "two-pointers" / "009-tiny" / "brute.py").unlink()

    result = _judge("verify", "two-pointers/009", problems=root)

    assert result.exit_code == 1
    assert "brute.py: file is missing (every problem needs a brute force)" in result.stdout


def test_verify_opens_one_sandbox_for_the_whole_batch(tmp_path: Path) -> None:
    submissions = {
        "wrong_answer/d.py": "def square(n):\n    return n + n\n",
        "time_limit_exceeded/s.py": SLOW_ON_FOUR,
    }
    root = _square_bank(tmp_path, submissions)
    write_problem(
        root, SQUARE, "def square(n):\n    return n * n\n", [case("a", n=1), case("b", n=2)], name="010-b"
    )
    opened: list[SubprocessSandbox] = []

    def open_once() -> SubprocessSandbox:
        opened.append(SubprocessSandbox())
        return opened[-1]

    result = _judge("verify", "--all", "--jobs", "2", problems=root, sandbox=open_once)

    assert "/2 problem(s) verified" in result.stdout, result.output
    assert len(opened) == 1
    assert len(opened[0].requests) == 2 + 2  # both references timed, then the two submissions


def test_an_unwritable_cache_is_exit_3_and_names_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _square_bank(tmp_path / "bank", {})
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(blocker / "cache"))
    solution = tmp_path / "s.py"
    solution.write_text("def square(n):\n    return n * n\n")

    result = _judge("run", "two-pointers/009", solution, problems=root)

    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"Error: cannot write the judge's cache at {blocker / 'cache'}")
    assert result.stderr.rstrip().endswith("set JUDGE_CACHE_DIR to a writable folder")
    assert "Traceback" not in result.output


def test_a_reference_too_slow_for_the_generous_limit_blames_the_machine(tmp_path: Path) -> None:
    root = _square_bank(tmp_path, {})
    (root / "two-pointers" / "009-tiny" / "reference.py").write_text(SLOW_ON_FOUR)
    solution = tmp_path / "s.py"
    solution.write_text("def square(n):\n    return n * n\n")
    hurried = Policy(time=TimePolicy(generous_ms=100))  # a machine so loaded that 0.5 s passes it

    result = _judge("run", "two-pointers/009", solution, problems=root, policy=hurried)

    assert result.exit_code == 3, result.output
    assert result.stderr == (
        "Error: two-pointers/009: the reference passed the generous 100 ms limit on hidden/01-case; "
        "the machine is probably too loaded to time it: rerun when it is quieter\n"
    )
