"""Extra space measured in real containers (`judge complexity`): the harness traces the
calls' allocations beyond the input, so a copy of the input grows as n while the
reference's in-place pass stays under the noise floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from judging_support import load_fixture

from judge.analysis.complexity import Options, measure
from judge.analysis.space import SPACE_FLOOR_KIB
from judge.judging.context import Context
from judge.sandbox.docker_sandbox import DockerSandbox

pytestmark = pytest.mark.docker

REPO_ROOT = Path(__file__).resolve().parents[2]
PUSH_ZEROS = next((REPO_ROOT / "problems" / "two-pointers").glob("003-*"))
COPYING = (
    "def pushZerosToEnd(nums):\n"
    "    kept = [x for x in nums if x != 0]\n"
    "    nums[:] = kept + [0] * (len(nums) - len(kept))\n"
)


def test_a_copy_of_the_input_is_o_n_extra_where_o_1_is_stated(
    sandbox: DockerSandbox, cache_dir: Path, leftovers: Any
) -> None:
    problem = load_fixture(PUSH_ZEROS)
    context = Context.of(sandbox, cache_dir)

    scaling = measure(problem, COPYING.encode(), context, Options(steps=4, repeats=1))

    space = scaling.space
    assert space is not None and space.intended.text == "1"
    assert space.yours_fit.growth is not None and space.yours_fit.growth.text in ("n", "n log n")
    assert space.too_much and "the target is O(1)" in space.summary
    assert all(p.value < SPACE_FLOOR_KIB for p in space.reference), space.reference
    assert leftovers() == []
