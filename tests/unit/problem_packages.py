"""Building problem packages in a temporary folder, valid or broken on purpose.

<root>/two-pointers/001-pair-with-target-sum/   copy_problem: the real package, then mutated
<root>/<pattern>/<NNN-slug>/                     write_problem: a small package from parts
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
PROBLEMS = REPO_ROOT / "problems"
PAIR_SUM = PROBLEMS / "two-pointers" / "001-pair-with-target-sum"
PATTERN_SLUGS = {"hashing", "two-pointers", "stack", "linked-list", "trees"}  # a subset of patterns.yaml

HINTS = ["the cue", "the key idea", "the target"]


def copy_problem(
    root: Path,
    mutate: Callable[[dict[str, Any]], object] | None = None,
    source: Path = PAIR_SUM,
    name: str | None = None,
) -> Path:
    """Copy a real package under `root`; `mutate` edits its parsed problem.yaml in place."""
    folder = root / source.parent.name / (name or source.name)
    shutil.copytree(source, folder)
    if mutate is not None:
        data = yaml.safe_load((folder / "problem.yaml").read_text())
        mutate(data)
        (folder / "problem.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder


def write_problem(
    root: Path,
    entry: dict[str, Any],
    reference: str,
    samples: Sequence[dict[str, Any]],
    hidden: Sequence[dict[str, Any]] = (),
    checker: Any = "exact",
    pattern: str = "two-pointers",
    name: str = "009-tiny",
    limits: dict[str, Any] | None = None,
) -> Path:
    """A package with the given entry, reference and tests (written as 01-….json, 02-….json)."""
    folder = root / pattern / name
    folder.mkdir(parents=True)
    data: dict[str, Any] = {
        "title": "Tiny",
        "pattern": pattern,
        "difficulty": "easy",
        "entry": entry,
        "checker": checker,
        "complexity": {"time": "O(n)", "space": "O(1)", "growth": {"time": "n", "space": "1"}},
        "hints": HINTS,
    }
    if limits:
        data["limits"] = limits
    (folder / "problem.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    (folder / "statement.md").write_text("# Tiny\n\nA problem for the tests.\n")
    (folder / "reference.py").write_text(reference)
    (folder / "brute.py").write_text(_brute(reference, samples))
    for kind, tests in (("sample", samples), ("hidden", hidden)):
        write_tests(folder / "tests" / kind, tests)
    return folder


def _brute(reference: str, samples: Sequence[dict[str, Any]]) -> str:
    """A brute force for a tiny package: the reference itself, tried on the sample inputs."""
    inputs = [s["input"] for s in samples if "input" in s]
    return (
        f"{reference}\n\n"
        "def inputs():\n"
        "    from hypothesis import strategies as st\n\n"
        f"    return st.sampled_from({inputs!r})\n"
    )


def write_tests(folder: Path, tests: Sequence[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, test in enumerate(tests, start=1):
        (folder / f"{index:02d}-{test.get('name', 'case')}.json").write_text(
            json.dumps({k: v for k, v in test.items() if k != "name"})
        )


def function_entry(name: str, params: dict[str, str], returns: str, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "function",
        "name": name,
        "params": [{"name": k, "type": t} for k, t in params.items()],
        "returns": returns,
        **extra,
    }


def case(description: str, **given: Any) -> dict[str, Any]:
    return {"description": description, "input": given}
