"""Which file solves which problem (`judge grade`): by path, by a first-line comment,
by judge.yaml; ignored files with their reason; errors for ambiguity (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import JudgeError, ProblemFormatError
from judge.grading.discover import BankIndex, find_solutions, first_line_id
from judge.grading.manifest import Manifest, load_manifest
from judge.grading.model import Task

BANK = Path(__file__).resolve().parents[1] / "fixtures" / "problems"
INDEX = BankIndex.of(BANK, ["hashing"])


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def _found(repo: Path, manifest: Manifest | None = None) -> tuple[dict[str, str | None], dict[str, str]]:
    assignment = find_solutions(repo, INDEX, manifest or load_manifest(repo, INDEX.canonical))
    tasks = {t.problem_id: (t.file.as_posix() if t.file else None) for t in assignment.tasks}
    return tasks, {i.file.as_posix(): i.reason for i in assignment.ignored}


def test_the_bank_index_is_in_drill_order_and_reads_ids_as_people_write_them() -> None:
    assert INDEX.ids[:2] == ("hashing/001", "hashing/002")
    assert INDEX.canonical("Hashing/1") == "hashing/001"
    assert INDEX.canonical("hashing/echo-sum") == "hashing/001"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("hashing/001.py", "hashing/001"),
        ("hashing/1.py", "hashing/001"),
        ("week1/hashing/004-pair-count.py", "hashing/004"),
        ("hashing_003.py", "hashing/003"),
        ("deep/er/hashing-005-mine.py", "hashing/005"),
        ("Hashing/002_probe.py", "hashing/002"),
        ("hashing/notes.py", None),
        ("two-pointers/001.py", None),  # a pattern this bank does not have
        ("hashing.py", None),
        ("hashing_abc.py", None),
    ],
)
def test_a_path_names_its_problem(path: str, expected: str | None) -> None:
    assert INDEX.by_path(Path(path)) == expected


def test_files_map_by_path_and_by_comment_and_the_rest_is_ignored_with_a_reason(tmp_path: Path) -> None:
    repo = _repo(
        tmp_path,
        {
            "hashing/001.py": "def sumList(nums): return sum(nums)\n",
            "anything/at/all.py": "# judge: hashing/4\ndef countPairs(nums, target): return 0\n",
            "scripts/plot.py": "print('hello')\n",
            "hashing/009.py": "x = 1\n",
            ".venv/lib/hashing_002.py": "not looked at\n",
            "env/hashing_002.py": "not looked at\n",
            "hashing/__pycache__/003.py": "not looked at\n",
        },
    )
    (repo / "venvlike").mkdir()
    (repo / "venvlike" / "pyvenv.cfg").write_text("home = /usr\n")
    (repo / "venvlike" / "hashing_005.py").write_text("inside a virtual environment\n")

    tasks, ignored = _found(repo)

    assert tasks == {"hashing/001": "hashing/001.py", "hashing/004": "anything/at/all.py"}
    assert set(ignored) == {"scripts/plot.py", "hashing/009.py"}
    assert "maps to no problem" in ignored["scripts/plot.py"]
    assert "hashing/009, which the bank does not have" in ignored["hashing/009.py"]


def test_a_comment_after_a_shebang_counts_and_one_further_down_does_not(tmp_path: Path) -> None:
    after_shebang = tmp_path / "a.py"
    after_shebang.write_text("#!/usr/bin/env python3\n#  judge:   hashing/002  \n")
    too_late = tmp_path / "b.py"
    too_late.write_text("import os\n# judge: hashing/002\n")
    assert first_line_id(after_shebang) == "hashing/002"
    assert first_line_id(too_late) is None


def test_two_files_for_one_problem_is_an_error_naming_both(tmp_path: Path) -> None:
    repo = _repo(tmp_path, {"hashing/001.py": "a = 1\n", "mine/hashing_001_v2.py": "b = 2\n"})
    with pytest.raises(
        JudgeError, match=r"two files solve hashing/001: hashing/001.py and mine/hashing_001_v2.py"
    ):
        _found(repo)


def test_a_comment_naming_no_problem_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    repo = _repo(tmp_path, {"sol.py": "# judge: hashing/777\n"})
    with pytest.raises(JudgeError, match=r"^sol.py: line 1: `# judge: hashing/777`: no problem"):
        _found(repo)


def test_judge_yaml_sets_the_assignment_points_and_files(tmp_path: Path) -> None:
    repo = _repo(
        tmp_path,
        {
            "judge.yaml": (
                "points: 2\nproblems:\n  hashing/1: {file: mine/first.py, points: 5}\n"
                "  hashing/003:\n  hashing/pair-count:\n"
            ),
            "mine/first.py": "x = 1\n",
            "hashing/001.py": "a second file for 001: judge.yaml chose another\n",
            "hashing/004.py": "y = 1\n",
            "hashing/005.py": "not in the assignment\n",
        },
    )
    assignment = find_solutions(repo, INDEX, load_manifest(repo, INDEX.canonical))

    assert assignment.tasks == (
        Task("hashing/001", Path("mine/first.py"), 5.0, "judge.yaml"),
        Task("hashing/003", None, 2.0, ""),  # missing: no file
        Task("hashing/004", Path("hashing/004.py"), 2.0, "path"),
    )
    reasons = {i.file.as_posix(): i.reason for i in assignment.ignored}
    assert reasons == {
        "hashing/001.py": "judge.yaml names mine/first.py for hashing/001",
        "hashing/005.py": "hashing/005 is not one of judge.yaml's problems",
    }
    assert assignment.max_points == 9.0


def test_a_file_judge_yaml_names_that_is_not_there_makes_the_problem_missing(tmp_path: Path) -> None:
    repo = _repo(tmp_path, {"judge.yaml": "problems:\n  hashing/001: {file: gone.py}\n"})
    tasks, _ = _found(repo)
    assert tasks == {"hashing/001": None}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("problems: {hashing/001: {points: -1}}", r"judge.yaml: problems.hashing/001.points: must be from 0"),
        (
            "problems: {hashing/001: {file: ../x.py}}",
            r"problems.hashing/001.file: ../x.py: give a path inside",
        ),
        ("problems: {hashing/001: {file: a.txt}}", r"a.txt: a solution is a .py file"),
        ("problems: {hashing/001: {weight: 2}}", r"problems.hashing/001.weight: unknown key"),
        ("problems: {hashing/042: }", r"problems.hashing/042: no problem 'hashing/042'"),
        ("problems: [hashing/001, hashing/1]", r"problems.hashing/1: names hashing/001 again"),
        ("assignment: x", r"judge.yaml: assignment: unknown key"),
        ("problems: [unclosed", r"judge.yaml.*invalid YAML"),
        ("- a list", r"judge.yaml: must be a mapping"),
    ],
)
def test_a_bad_judge_yaml_is_one_line_naming_the_field(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "judge.yaml").write_text(text + "\n")
    with pytest.raises(ProblemFormatError, match=message) as raised:
        load_manifest(tmp_path, INDEX.canonical)
    assert "\n" not in str(raised.value)


def test_a_listed_assignment_without_points_gives_each_problem_one(tmp_path: Path) -> None:
    (tmp_path / "judge.yaml").write_text("problems: [hashing/001, hashing/002]\n")
    manifest = load_manifest(tmp_path, INDEX.canonical)
    assert [(p.problem_id, p.points) for p in manifest.problems or ()] == [
        ("hashing/001", 1.0),
        ("hashing/002", 1.0),
    ]
