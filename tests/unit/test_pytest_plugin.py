"""The pytest plugin: in a solutions repository, pytest collects each solution as the
judged tests of its problem (AC passes, a wrong answer fails with its message, a judge
error is an error), and stays inert where there is no judge.yaml and no --judge.

The inner pytest runs in-process (pytester) with a plugin that supplies the Runtime: the
harness as a host subprocess (tests/fakes.py), or a sandbox that always fails."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from fakes import FailingSandbox, SubprocessSandbox
from grade_support import BANK, REPO

from judge.bank.loader import read_yaml
from judge.cli.runtime import Runtime

# pytester's in-process runs drop the modules they imported; PyYAML's C loader cannot be
# imported twice, so the judge's bank (and yaml) are imported here, once, before them
IMPORTED_ONCE = (read_yaml,)

pytest_plugins = ["pytester"]
ACCEPTED = REPO / "hashing" / "001-echo-sum.py"
WRONG = REPO / "hashing_004.py"


class _Provides:
    def __init__(self, sandbox: Any) -> None:
        self.sandbox = sandbox

    def pytest_judge_runtime(self, config: pytest.Config) -> Runtime:
        return Runtime(open_sandbox=lambda log: self.sandbox())


@pytest.fixture
def repo(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.Pytester:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    (pytester.path / "hashing").mkdir()
    shutil.copy(ACCEPTED, pytester.path / "hashing" / "001.py")
    shutil.copy(WRONG, pytester.path / "hashing" / "004.py")
    (pytester.path / "notes.py").write_text("raise SystemExit('never imported')\n")
    return pytester


def _run(pytester: pytest.Pytester, sandbox: Any, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        f"--judge-problems={BANK}", "-p", "no:cacheprovider", *args, plugins=[_Provides(sandbox)]
    )


def test_solutions_are_collected_as_their_judged_tests(repo: pytest.Pytester) -> None:
    (repo.path / "judge.yaml").write_text("problems:\n  hashing/001:\n  hashing/004:\n")
    result = _run(repo, SubprocessSandbox, "-v")
    outcomes = result.parseoutcomes()
    assert outcomes["passed"] >= 4 + 1  # hashing/001's four tests, and some of 004's
    assert outcomes["failed"] >= 1
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["*hashing/001.py::sample/01-three-numbers PASSED*", "*hashing/004.py::sample/01-two-pairs FAILED*"]
    )
    result.stdout.fnmatch_lines(["*WA (Wrong Answer) on sample/01-two-pairs*"])
    assert "never imported" not in result.stdout.str()


def test_a_judge_error_is_an_error_not_a_failure(repo: pytest.Pytester) -> None:
    result = _run(repo, FailingSandbox, "--judge")
    outcomes = result.parseoutcomes()
    assert outcomes.get("errors", 0) >= 2 and "failed" not in outcomes and "passed" not in outcomes
    assert "Traceback" not in result.stdout.str()


def test_without_judge_yaml_or_the_flag_it_is_inert(repo: pytest.Pytester) -> None:
    result = _run(repo, SubprocessSandbox)
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_the_plugin_is_cheap_to_load_and_names_the_manifest_as_grading_does() -> None:
    import subprocess
    import sys

    from judge.grading.manifest import MANIFEST
    from judge.pytest_plugin import MANIFEST as PLUGIN_MANIFEST

    assert PLUGIN_MANIFEST == MANIFEST
    heavy = "('click', 'docker', 'rich', 'judge.cli')"
    probe = f"import sys, judge.pytest_plugin; print(sorted(m for m in sys.modules if m.startswith({heavy})))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"  # pytest sessions of other projects pay nothing for it
