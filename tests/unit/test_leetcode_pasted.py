"""A solution pasted from LeetCode runs unchanged: `class Solution` with one public method,
named as LeetCode names it (not as this bank does), with LeetCode's parameter names and
annotations, for each entry shape: a function, an in-place one, ListNode in and out, a
TreeNode. Judged through the CLI on the real problems, with the real harness."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import invoke

PASTED = Path(__file__).resolve().parent / "pasted"
FILES = sorted(PASTED.glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_a_pasted_leetcode_solution_is_accepted(path: Path) -> None:
    problem_id = path.stem.replace("_", "/")

    result = invoke("run", problem_id, path)

    assert result.exit_code == 0, result.output
    assert "AC (Accepted)" in result.stdout
