"""The mutation record a package carries (judge.analysis.record): a clean analysis is
written into the package; a later run, with an empty cache (a fresh CI machine), takes
it while nothing that decides the result changed, and analyses again when anything did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import SubprocessSandbox, invoke
from problem_packages import case, function_entry, write_problem

from judge.analysis.record import RECORD_FILE

SQUARE = function_entry("square", {"n": "int"}, "int")
REFERENCE = "def square(n):\n    if n > 100:\n        return -1\n    return n * n\n"  # 7 mutants
TESTS = [case("one", n=1), case("two", n=2), case("neg", n=-4), case("edge", n=100), case("over", n=101)]


def _bank(root: Path) -> Path:
    write_problem(root / "problems", SQUARE, REFERENCE, TESTS[:2], TESTS[2:])
    return root / "problems"


def _mutants(bank: Path, cache: Path, *extra: str) -> tuple[dict[str, object], int]:
    opened: list[SubprocessSandbox] = []

    def opener() -> SubprocessSandbox:
        opened.append(SubprocessSandbox())
        return opened[-1]

    env = {"JUDGE_CACHE_DIR": str(cache)}
    result = invoke("mutants", "two-pointers/009", "--json", *extra, problems=bank, sandbox=opener, env=env)
    assert result.exit_code == 0, result.output
    (problem,) = json.loads(result.stdout)["problems"]
    return problem, sum(len(s.requests) for s in opened)


def test_a_clean_result_is_recorded_and_taken_on_a_fresh_machine(tmp_path: Path) -> None:
    bank = _bank(tmp_path)
    first, runs = _mutants(bank, tmp_path / "cache-a")
    assert runs > 0 and not first["recorded"] and first["killed"] == first["total"] > 0
    record = json.loads((bank / "two-pointers" / "009-tiny" / RECORD_FILE).read_text())
    assert (record["total"], record["killed"]) == (first["total"], first["killed"])

    again, runs = _mutants(bank, tmp_path / "cache-b")  # another machine: an empty cache
    assert runs == 0 and again["recorded"]
    assert (again["total"], again["killed"], again["kills"]) == (
        first["total"],
        first["killed"],
        first["kills"],
    )

    fresh, runs = _mutants(bank, tmp_path / "cache-c", "--fresh")
    assert runs > 0 and not fresh["recorded"] and fresh["killed"] == first["killed"]


def test_a_clean_result_taken_from_the_cache_is_recorded_too(tmp_path: Path) -> None:
    """A package analysed before records existed (or whose record was deleted) gets one
    from the cached result, without judging again."""
    bank = _bank(tmp_path)
    first, _ = _mutants(bank, tmp_path / "cache")
    record = bank / "two-pointers" / "009-tiny" / RECORD_FILE
    kept = record.read_text()
    record.unlink()

    again, runs = _mutants(bank, tmp_path / "cache")

    assert runs == 0 and not again["recorded"] and again["killed"] == first["killed"]
    assert record.read_text() == kept


@pytest.mark.parametrize(
    "change",
    ["a test", "the reference", "an accepted file", "mutants.yaml", "a forged record"],
)
def test_any_change_that_decides_the_result_analyses_again(tmp_path: Path, change: str) -> None:
    bank = _bank(tmp_path)
    _mutants(bank, tmp_path / "cache-a")
    folder = bank / "two-pointers" / "009-tiny"
    if change == "a test":
        (folder / "tests" / "hidden" / "03-more.json").write_text(json.dumps(case("seven", n=7)))
    elif change == "the reference":
        (folder / "reference.py").write_text(REFERENCE.replace("n * n", "n ** 2"))
    elif change == "an accepted file":
        (folder / "submissions" / "accepted").mkdir(parents=True, exist_ok=True)
        (folder / "submissions" / "accepted" / "power.py").write_text("def square(n):\n    return n ** 2\n")
    elif change == "mutants.yaml":
        (folder / "mutants.yaml").write_text("equivalent: []\n")
    else:
        record = json.loads((folder / RECORD_FILE).read_text())
        (folder / RECORD_FILE).write_text(json.dumps({**record, "key": "0" * 24}))

    again, runs = _mutants(bank, tmp_path / "cache-b")
    assert runs > 0 and not again["recorded"]


def test_a_result_with_a_survivor_is_never_recorded(tmp_path: Path) -> None:
    bank = tmp_path / "problems"
    write_problem(bank, SQUARE, REFERENCE, TESTS[:2])  # nothing above 100: n >= 100 and more survive
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    result = invoke("mutants", "two-pointers/009", problems=bank, env=env)
    assert result.exit_code == 1, result.output
    assert "survivor" in result.output
    assert not (bank / "two-pointers" / "009-tiny" / RECORD_FILE).exists()
