"""The fixture bank is a real problem bank: it loads with pattern checks and every
problem in it passes `judge verify` (reference and accepted/ AC, wrong_answer/ WA,
time_limit_exceeded/ TLE), in the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from judging_support import FIXTURE_BANK, fixture_settings

from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem
from judge.judging.context import Context
from judge.judging.verify import verify_problem
from judge.sandbox.docker_sandbox import DockerSandbox

pytestmark = pytest.mark.docker

FOLDERS = iter_problem_dirs(FIXTURE_BANK)


def test_the_bank_has_the_fixtures_the_tier_uses() -> None:
    assert [f"{p.parent.name}/{p.name}" for p in FOLDERS] == [
        "hashing/001-echo-sum",
        "hashing/002-sandbox-probe",
        "hashing/003-ten-small-tests",
        "hashing/004-pair-count",
        "hashing/005-count-distinct",
    ]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name[:3]}")
def test_fixture_problem_verifies(folder: Path, sandbox: DockerSandbox, cache_dir: Path) -> None:
    settings = fixture_settings(cache_dir)
    problem = load_problem(folder, {p.slug for p in load_patterns(settings.patterns_dir)})
    assert problem.limits.time_floor_ms == 500

    result = verify_problem(problem, Context.of(sandbox, settings.cache_dir))

    failed = [f"{c.path}: {c.reason}" for c in result.checks if not c.ok]
    assert result.ok, f"issues {result.issues}, failed {failed}"
    assert {c.expected for c in result.checks} == {"accepted", "wrong_answer", "time_limit_exceeded"}
