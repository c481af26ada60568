"""`judge doctor`'s echo job runs through the real harness (on the host here)."""

from __future__ import annotations

from fakes import SubprocessSandbox

from judge.judging.doctor import echo_check
from judge.judging.policy import DEFAULT


def test_the_echo_job_answers_through_the_harness() -> None:
    lines: list[str] = []

    result = echo_check(SubprocessSandbox(), DEFAULT, runs=2, log=lines.append)

    assert result.ok, result.detail
    assert result.detail.startswith("python 3.")
    assert len(lines) == 2 and result.median_s > 0
