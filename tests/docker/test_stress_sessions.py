"""`judge stress` in real containers: sessions keep the file loaded while batches of
random inputs arrive, a difference is shrunk to a smallest input, and no container is
left behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from judging_support import FileJudge

from judge.analysis.stress import StressOptions, stress
from judge.bank.model import Problem
from judge.judging.context import Context
from judge.judging.verdict import Verdict
from judge.sandbox.docker_sandbox import DockerSandbox

pytestmark = pytest.mark.docker

OFF_FROM_FOUR = "def sumList(nums):\n    return sum(nums) + (1 if len(nums) >= 4 else 0)\n"


def test_a_difference_is_shrunk_in_containers_and_none_is_left(
    sandbox: DockerSandbox, cache_dir: Path, echo_sum: Problem, judge_file: FileJudge, leftovers: Any
) -> None:
    context = Context.of(sandbox, cache_dir)
    result = stress(echo_sum, OFF_FROM_FOUR.encode(), context, StressOptions(seed=2, time_s=120))

    assert result.found is not None and result.found.verdict is Verdict.WA, result.stopped
    assert result.found_input == {"nums": [0, 0, 0, 0]}
    assert result.found.detail is not None and (result.found.detail.expected, result.found.detail.got) == (
        0,
        1,
    )
    assert leftovers() == []


def test_a_right_file_passes_every_random_input(
    sandbox: DockerSandbox, cache_dir: Path, echo_sum: Problem, judge_file: FileJudge, leftovers: Any
) -> None:
    context = Context.of(sandbox, cache_dir)
    source = b"def sumList(nums):\n    total = 0\n    for x in nums:\n        total += x\n    return total\n"
    result = stress(echo_sum, source, context, StressOptions(examples=400, seed=4, time_s=120))

    assert result.found is None and not result.stopped
    assert result.judged > 100 and result.verdicts == {"AC": result.judged}
    assert leftovers() == []
