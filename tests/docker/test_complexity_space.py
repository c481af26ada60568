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

    scaling = measure(problem, COPYING.encode(), context, Options(steps=4, repeats=1, time_s=300))

    space = scaling.space
    assert space is not None and space.intended.text == "1"
    assert space.yours_fit.growth is not None and space.yours_fit.growth.text in ("n", "n log n")
    assert space.too_much and "the target is O(1)" in space.summary
    assert all(p.value < SPACE_FLOOR_KIB for p in space.reference), space.reference
    assert leftovers() == []


class _Counting:
    """The sandbox, counting the containers it runs."""

    def __init__(self, inner: DockerSandbox) -> None:
        self.inner, self.runs = inner, 0

    def run(self, request: Any) -> Any:
        self.runs += 1
        return self.inner.run(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_each_side_is_timed_in_one_session_and_a_quadratic_stops_at_the_budget(
    sandbox: DockerSandbox, cache_dir: Path, leftovers: Any
) -> None:
    """Time only: two containers for every size (one session per side), not one per size
    and side; the quadratic file goes over the 2 s budget long before the reference."""
    pair_sum = next((REPO_ROOT / "problems" / "two-pointers").glob("001-*"))
    problem = load_fixture(pair_sum)
    counting = _Counting(sandbox)
    context = Context.of(counting, cache_dir)  # type: ignore[arg-type]
    context.tests(problem)  # the tests' sizes, loaded before counting
    quadratic = next((pair_sum / "submissions" / "time_limit_exceeded").glob("*.py")).read_bytes()
    counting.runs = 0

    scaling = measure(problem, quadratic, context, Options(space=False, time_s=300))

    assert counting.runs == 2
    assert len(scaling.reference) >= 7 and 2 <= len(scaling.yours) < len(scaling.reference)
    assert scaling.yours[-1].n < scaling.reference[-1].n
    assert leftovers() == []
