"""Golden CLI scenarios: the exact text a person reads (80 columns) and the JSON, for the
findings of the run-feedback issue, judged by the real harness on the host.

    golden_cli/<scenario>/command        the arguments after `judge`, run in this folder
    golden_cli/<scenario>/solution.py    (or any file the command names)
    golden_cli/<scenario>/expected.txt   stdout, then stderr, then the exit code, scrubbed
    golden_cli/<scenario>/expected.json  the --json report, when the command asks for it

Timings and the machine's paths change from run to run; `scrub` replaces them. Rewrite
the goldens with `python tests/unit/regen_golden_cli.py` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import tempfile
from pathlib import Path
from typing import Any

from fakes import invoke

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden_cli"
FIXTURES = HERE.parent / "fixtures" / "problems"
_TIMES = [
    (re.compile(r">?\d+(\.\d+)? s\b"), "T s"),
    (re.compile(r" {2,}\d+\.\d+ ms\b"), "  T ms"),  # a table column: its padding follows the figure
    (re.compile(r"(?<!limit )(?<!the )(?<!limit\n)\b\d+\.\d+ ms\b"), "T ms"),
    (re.compile(r"= \d+(\.\d+)?x the reference's"), "= Rx the reference's"),
    (re.compile(r"(slowest\s+)\S+"), r"\1TEST"),  # which test is slowest varies with the machine
    # stress: how many inputs fit in the time, and which difference the two sessions met first
    (re.compile(r"Judged \d+ random inputs in T s \(\d+/s\)"), "Judged N random inputs in T s (R/s)"),
    (re.compile(r"shrunk in \d+ step\(s\) from \d+ characters"), "shrunk in K step(s) from C characters"),
    # complexity: slopes, and the class a noisy slope lands in
    (re.compile(r"n\^\d+\.\d+( \([^)]*\))?"), "n^S"),
    (re.compile(r"O\([^)]*\) extra"), "O(C) extra"),
    (re.compile(r": [^:,;]+ where (\S+) is intended"), r": C where \1 is intended"),
    (re.compile(r"the reference: too fast to time"), "the reference ≈ n^S"),  # its times under 1 ms
    (re.compile(r" {2,}over budget\b"), "  T ms"),  # the size where a slow side stops varies too
]
TIMED_KEYS = {"time_ms", "total_ms", "reference_ms", "reference_total_ms", "slowest"}
# stress and complexity documents: what depends on the machine's speed, not on the code
MEASURED_KEYS = {"judged", "seconds", "search_seconds", "verdicts", "shrink_steps", "first_input"}
MEASURED_KEYS |= {"points", "slope", "growth"}


def scenarios() -> list[str]:
    return sorted(p.name for p in GOLDEN.iterdir() if (p / "command").is_file())


def run_scenario(name: str) -> tuple[str, Any]:
    """Run in the scenario's folder, with relative paths: the text must not depend on
    where the repository lives (the width of a path changes how lines wrap)."""
    folder = GOLDEN / name
    args = shlex.split((folder / "command").read_text().strip())
    here = os.getcwd()
    os.chdir(folder)
    try:
        with tempfile.TemporaryDirectory(prefix="judge-golden-data-") as data:  # no progress carried over
            result = invoke(*args, problems=FIXTURES, env={"COLUMNS": "80", "JUDGE_DATA_DIR": data})
    finally:
        os.chdir(here)
    report = json.loads(result.stdout) if "--json" in args and result.exit_code in (0, 1) else None
    shown = "(the JSON report: expected.json)\n" if report is not None else result.stdout
    text = f"{shown}--- stderr ---\n{result.stderr}--- exit {result.exit_code} ---\n"
    return scrub(text, folder), None if report is None else scrub_json(report, folder)


def scrub(text: str, folder: Path) -> str:
    text = text.replace(str(folder), "{dir}")
    for pattern, replacement in _TIMES:
        text = pattern.sub(replacement, text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def scrub_json(value: Any, folder: Path) -> Any:
    if isinstance(value, dict):
        return {
            k: ("T" if k in MEASURED_KEYS or (k in TIMED_KEYS and v is not None) else scrub_json(v, folder))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [scrub_json(v, folder) for v in value]
    if isinstance(value, str):
        return scrub(value, folder)
    return value
