"""The `judge` command through click's CliRunner, with the real harness in `SubprocessSandbox`."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import FailingSandbox, cases_of, invoke, unavailable_sandbox
from problem_packages import PAIR_SUM, case, copy_problem, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.judging.expected import load_inputs

WRONG = PAIR_SUM / "submissions" / "wrong_answer" / "reuses_same_position.py"
ALWAYS_FIRST_TWO = "def pairWithTargetSum(nums, target):\n    return [0, 1]\n"


@pytest.fixture(autouse=True)
def _keep_sigterm() -> Iterator[None]:
    handler = signal.getsignal(signal.SIGTERM)  # commands install their own SIGTERM handler
    yield
    signal.signal(signal.SIGTERM, handler)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bank holding two-pointers/001 without its generator (same hand-written tests, all small)."""
    root = tmp_path_factory.mktemp("bank")
    (copy_problem(root) / "gen.py").unlink()
    return root


_judge = invoke


def _solution(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "solution.py"
    path.write_text(source)
    return path


# --- judge run -------------------------------------------------------------------------


def test_run_exits_0_when_every_test_is_accepted(cache_dir: Path) -> None:
    result = _judge("run", "two-pointers/001", PAIR_SUM / "reference.py")

    total = len(cases_of(load_problem(PAIR_SUM), cache_dir).cases)
    assert result.exit_code == 0, result.output
    assert "AC (Accepted)" in result.stdout
    assert f"{total}/{total} tests passed" in result.stdout
    assert result.stderr == ""


def test_run_exits_1_on_a_wrong_answer(bank: Path) -> None:
    result = _judge("run", "two-pointers/001", WRONG, problems=bank)

    assert result.exit_code == 1, result.output
    assert "WA (Wrong Answer)" in result.stdout


def test_run_exits_2_on_an_unknown_problem_and_suggests_close_ids() -> None:
    result = _judge("run", "two-pointer/001", PAIR_SUM / "reference.py")

    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no problem 'two-pointer/001' (did you mean ")
    assert "two-pointers/001" in result.stderr
    assert result.stdout == ""


def test_run_exits_2_on_a_missing_solution_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.py"

    result = _judge("run", "two-pointers/001", missing)

    assert result.exit_code == 2
    assert result.stderr == f"Error: no solution file {missing}; create one with `judge new ID {missing}`\n"


def test_run_exits_2_on_an_invalid_package(tmp_path: Path) -> None:
    copy_problem(tmp_path, lambda data: data.update(difficulty="extreme"))

    result = _judge("run", "two-pointers/001", PAIR_SUM / "reference.py", problems=tmp_path)

    assert result.exit_code == 2
    folder = tmp_path / "two-pointers" / PAIR_SUM.name
    assert (
        result.stderr == f"Error: {folder / 'problem.yaml'}: difficulty: must be one of easy, medium, hard\n"
    )


def test_run_exits_3_when_the_sandbox_is_unavailable(bank: Path) -> None:
    result = _judge(
        "run", "two-pointers/001", PAIR_SUM / "reference.py", problems=bank, sandbox=unavailable_sandbox
    )

    assert result.exit_code == 3
    assert result.stderr == "Error: cannot reach the Docker engine (fake)\n"


def test_run_exits_3_when_the_sandbox_fails_before_a_limit_is_known(
    monkeypatch: pytest.MonkeyPatch, bank: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "fresh-cache"))

    result = _judge(
        "run", "two-pointers/001", PAIR_SUM / "reference.py", problems=bank, sandbox=FailingSandbox
    )

    assert result.exit_code == 3
    assert result.stderr == "Error: could not time the reference: the engine went away\n"


def test_run_exits_3_with_je_when_the_sandbox_fails_while_judging(
    monkeypatch: pytest.MonkeyPatch, bank: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "fresh-cache"))
    assert (
        _judge("run", "two-pointers/001", PAIR_SUM / "reference.py", problems=bank).exit_code == 0
    )  # caches a limit

    result = _judge(
        "run", "two-pointers/001", PAIR_SUM / "reference.py", "--json", problems=bank, sandbox=FailingSandbox
    )

    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["verdict"] == "JE"
    assert {t["verdict"] for t in report["tests"]} == {"JE"}
    assert report["judge_error"] == "the engine went away"
    assert result.stderr == "Error: judge error: the engine went away\n"


# --- judge run --json ------------------------------------------------------------------


def _lists_in(value: Any) -> Iterator[list[Any]]:
    """Every list in a JSON value but a test's tags (the kind of case, from a fixed taxonomy)."""
    if isinstance(value, list):
        yield value
        for item in value:
            yield from _lists_in(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "tags":
                yield from _lists_in(item)


def test_json_report_has_the_schema_and_keeps_hidden_tests_hidden(tmp_path: Path, cache_dir: Path) -> None:
    tests = cases_of(load_problem(PAIR_SUM), cache_dir)
    inputs = load_inputs(tests)

    result = _judge("run", "two-pointers/001", _solution(tmp_path, ALWAYS_FIRST_TWO), "--json")

    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["schema"] == "coding-judge/report@1"
    assert (report["problem"], report["verdict"]) == ("two-pointers/001", "WA")
    assert [t["id"] for t in report["tests"]] == [c.id for c in tests.cases]
    details = {"input", "expected", "got", "stdout"}
    for entry in report["tests"]:
        failed_sample = not entry["hidden"] and entry["verdict"] != "AC"
        assert details & set(entry) == (details if failed_sample else set())
    reported_lists = list(_lists_in(report))
    for case_ in tests.cases:
        if not case_.hidden:
            continue
        entry = next(t for t in report["tests"] if t["id"] == case_.id)
        assert list(_lists_in(entry)) == []
        assert json.dumps(case_.expected) not in entry["message"]
        nums = inputs[case_.id]["nums"]
        if len(nums) >= 3:  # shorter lists ([], [5], [3, 4]) can also be answers
            assert nums not in reported_lists, case_.id


def test_the_text_report_shows_hidden_descriptions_but_not_inputs(
    bank: Path, tmp_path: Path, cache_dir: Path
) -> None:
    tests = cases_of(load_problem(bank / "two-pointers" / PAIR_SUM.name), cache_dir)
    inputs = load_inputs(tests)

    result = _judge("run", "two-pointers/001", _solution(tmp_path, ALWAYS_FIRST_TWO), problems=bank)

    assert result.exit_code == 1
    for case_ in tests.cases:
        if case_.hidden and len(inputs[case_.id]["nums"]) >= 3:
            assert json.dumps(inputs[case_.id]["nums"]) not in result.stdout
    empty = next(c for c in tests.cases if c.hidden and inputs[c.id]["nums"] == [])  # [0, 1] is wrong there
    row = next(line for line in result.stdout.splitlines() if line.split()[:1] == [empty.id])
    assert row.split()[1] == "WA"
    assert empty.description in row
    sample = tests.cases[0]
    assert f"input:     {json.dumps(sample.input)}" in result.stdout


# --- judge list / show -----------------------------------------------------------------


def test_list_shows_the_problems_by_pattern() -> None:
    result = _judge("list")

    assert result.exit_code == 0, result.output
    assert "Two pointers (two-pointers)" in result.stdout
    assert any(
        line.split()[:1] == ["two-pointers/001"] and line.endswith("Pair With Target Sum")
        for line in result.stdout.splitlines()
    )


def test_list_of_one_pattern_shows_only_that_pattern(tmp_path: Path) -> None:
    copy_problem(tmp_path)
    write_problem(
        tmp_path,
        function_entry("f", {"n": "int"}, "int"),
        "def f(n):\n    return n\n",
        [case("a", n=1), case("b", n=2)],
        pattern="stack",
        name="001-other",
    )

    both, only = _judge("list", problems=tmp_path), _judge("list", "two-pointers", problems=tmp_path)

    assert "stack/001" in both.stdout and "two-pointers/001" in both.stdout
    assert "two-pointers/001" in only.stdout and "stack/001" not in only.stdout


def test_list_of_an_unknown_pattern_exits_2() -> None:
    result = _judge("list", "nosuch")

    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unknown pattern 'nosuch' (patterns: ")
    assert "two-pointers" in result.stderr
    assert (
        _judge("list", "two-pointer").stderr
        == "Error: unknown pattern 'two-pointer' (did you mean two-pointers?)\n"
    )
    assert _judge("list", "Two-Pointers").exit_code == 0


def test_show_prints_the_statement_and_the_samples(cache_dir: Path) -> None:
    samples = [c for c in cases_of(load_problem(PAIR_SUM), cache_dir).cases if not c.hidden]

    result = _judge("show", "two-pointers/001")

    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())  # Markdown is rendered and wrapped to the width
    assert "Pair With Target Sum" in flat
    statement = (PAIR_SUM / "statement.md").read_text()
    first_paragraph = statement.split("\n\n")[1].replace("`", "").replace("**", "")
    assert " ".join(first_paragraph.split()) in flat
    for sample in samples:
        assert (
            f"{sample.id}: input {json.dumps(sample.input)} -> expected {json.dumps(sample.expected)}" in flat
        )
    assert "Hint 1" not in result.stdout
    assert "Limits: time " in flat and "recursion depth 640,000" in flat
    assert "judge run two-pointers/001 pair_with_target_sum.py" in flat


def test_show_with_hints_shows_only_the_first_n() -> None:
    hints = load_problem(PAIR_SUM).hints

    result = _judge("show", "two-pointers/001", "--hints", "2")

    flat = " ".join(result.stdout.split())
    assert " ".join(f"Hint 1: {hints[0]}".split()) in flat
    assert " ".join(f"Hint 2: {hints[1]}".split()) in flat
    assert " ".join(hints[2].split()) not in flat
    assert _judge("show", "two-pointers/001", "--hints", "4").exit_code == 2


# --- judge new -------------------------------------------------------------------------


def test_new_writes_a_starter_that_runs_and_is_wrong_not_broken(tmp_path: Path) -> None:
    target = tmp_path / "starter.py"

    created = _judge("new", "two-pointers/001", target)
    judged = _judge("run", "two-pointers/001", target, "--json")

    assert created.exit_code == 0, created.output
    assert created.stdout == f"Wrote {target}. Judge it with: judge run two-pointers/001 {target}\n"
    assert "def pairWithTargetSum(self, nums: List[int], target: int) -> List[int]:" in target.read_text()
    assert judged.exit_code == 1, judged.output
    assert {t["verdict"] for t in json.loads(judged.stdout)["tests"]} == {"WA"}


def test_new_defaults_to_the_slug_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = _judge("new", "two-pointers/001")

    assert result.exit_code == 0, result.output
    assert (tmp_path / "pair_with_target_sum.py").is_file()


def test_new_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    target = _solution(tmp_path, "# my work\n")

    refused = _judge("new", "two-pointers/001", target)

    assert refused.exit_code == 2
    assert (
        refused.stderr
        == f"Error: {target} already exists; pass --force to overwrite it or choose another path\n"
    )
    assert target.read_text() == "# my work\n"
    assert _judge("new", "two-pointers/001", target, "--force").exit_code == 0
    assert "class Solution:" in target.read_text()


@pytest.mark.parametrize(
    ("flag", "env", "tty", "expected"),
    [
        (True, {}, False, True),  # --color: even in a pipe
        (True, {"NO_COLOR": "1"}, True, True),  # an explicit flag wins
        (False, {}, True, False),  # --no-color
        (None, {}, True, True),  # a terminal
        (None, {}, False, False),  # a pipe
        (None, {"NO_COLOR": "1"}, True, False),
        (None, {"TERM": "dumb"}, True, False),
    ],
)
def test_colour_follows_the_flag_then_the_terminal_and_the_environment(
    monkeypatch: pytest.MonkeyPatch, flag: bool | None, env: dict[str, str], tty: bool, expected: bool
) -> None:
    from judge.cli.app import colours_on

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdout.isatty", lambda: tty)

    assert colours_on(flag) is expected


def test_judge_run_without_a_file_judges_the_starter_judge_new_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _judge("run", "two-pointers/001").stderr == (
        "Error: no file given and no pair_with_target_sum.py here; "
        "write one with `judge new two-pointers/001`\n"
    )

    assert _judge("new", "two-pointers/001").stdout == (
        "Wrote pair_with_target_sum.py. Judge it with: judge run two-pointers/001\n"
    )
    result = _judge("run", "two-pointers/001")

    assert result.exit_code == 1  # the untouched starter returns nothing
    assert "returned None: is a `return` missing?" in result.stdout


def test_a_problems_folder_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    result = _judge("list", problems=tmp_path / "nope")

    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: --problems {tmp_path / 'nope'}: no such folder; give a problem bank folder\n"
    )
