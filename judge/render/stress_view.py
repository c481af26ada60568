"""`judge stress`: what was tried, and the smallest input on which the answers differ
(text and JSON). Random inputs, not hidden tests: shown in full."""

from __future__ import annotations

import json
from typing import Any

from ..analysis.stress import StressResult

STRESS_SCHEMA = "coding-judge/stress@1"
SHOWN_CHARS = 2000


def _shown(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


def stress_text(result: StressResult, command: str) -> str:
    rate = result.judged / result.search_seconds if result.search_seconds > 0 else 0.0
    took = f"{result.search_seconds:.1f} s ({rate:.0f}/s)"
    lines = [f"Judged {result.judged} random inputs in {took}, seed {result.seed}."]
    found = result.found
    if found is None:
        if result.stopped:
            lines.append(f"Stopped early: {result.stopped}.")
        lines.append("No difference from the reference found." if result.judged else "Nothing was judged.")
        return "\n".join(lines)
    detail = found.detail
    lines += [
        "",
        f"{found.verdict.title} on a smallest input found"
        f" (shrunk in {result.shrink_steps} step(s) from {len(json.dumps(result.first_input))} characters):",
        f"  input:    {_shown(result.found_input)}",
        f"  expected: {_shown(detail.expected) if detail else '?'}",
    ]
    if detail is not None and found.verdict.value == "WA":
        lines.append(f"  got:      {_shown(detail.got)}")
    if found.message:
        lines.append(f"  why:      {found.message}")
    if found.where is not None and found.where.frames:
        for frame in found.where.frames[-3:]:
            lines.append(f"    line {frame.line}, in {frame.function}: {frame.code}")
    if detail is not None and detail.stdout:
        lines.append(f"  printed:  {detail.stdout[:500].rstrip()}")
    lines += ["", f"Reproduce: {command} --seed {result.seed}"]
    return "\n".join(lines)


def stress_json(result: StressResult) -> str:
    found = result.found
    document: dict[str, Any] = {
        "schema": STRESS_SCHEMA,
        "problem": result.problem_id,
        "seed": result.seed,
        "judged": result.judged,
        "seconds": round(result.seconds, 3),
        "search_seconds": round(result.search_seconds, 3),
        "verdicts": result.verdicts,
        "stopped": result.stopped or None,
        "found": None,
    }
    if found is not None:
        detail = found.detail
        document["found"] = {
            "verdict": found.verdict.value,
            "input": result.found_input,
            "expected": detail.expected if detail else None,
            "got": detail.got if detail else None,
            "message": found.message,
            "shrink_steps": result.shrink_steps,
            "first_input": result.first_input,
        }
    return json.dumps(document, indent=2) + "\n"
