"""Mutation analysis as text (`judge mutants`) and as versioned JSON (`--json`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from ..analysis.mutants import MutationResult, Survivor

Style = Callable[..., str]
SCHEMA = "coding-judge/mutants@1"
INPUT_CHARS = 300


def _plain(text: str, **_: Any) -> str:
    return text


def render_result(result: MutationResult, style: Style = _plain) -> str:
    mark = style("ok", fg="green", bold=True) if result.ok else style("FAILED", fg="red", bold=True)
    kills = ", ".join(f"{count} {verdict}" for verdict, count in sorted(result.kills.items()))
    lines = [
        f"{result.problem_id}: {mark} · score {result.score:.1%} ({result.killed} of "
        f"{result.total - result.equivalent} killed: {kills or 'none'}; {result.equivalent} equivalent)"
        f" · {result.seconds:.1f} s{_source(result)}"
    ]
    lines.extend(_survivor(s, style) for s in result.survivors)
    lines.extend(f"  {style('stale', fg='yellow')} {line}" for line in result.stale)
    lines.extend(f"  {style('error', fg='red')} {line}" for line in result.errors)
    return "\n".join(lines)


def _source(result: MutationResult) -> str:
    if result.recorded:
        return " (recorded: the package and the engine are unchanged since its analysis)"
    return " (cached)" if result.cached else ""


def _survivor(survivor: Survivor, style: Style) -> str:
    head = f"  {style('survivor', fg='red', bold=True)} {survivor.id} {survivor.description}"
    found = survivor.difference
    if found is None:
        entry = {
            "id": survivor.id,
            "mutant": survivor.description,
            "reason": "TODO: why no input can tell it apart",
        }
        return (
            f"{head}\n    no input tells it apart from the reference after a large search: likely "
            f"equivalent; if so, record it in mutants.yaml under equivalent:\n      - {json.dumps(entry)}"
        )
    test = {"description": "TODO: say what kind of case this is", "input": found.input}
    return (
        f"{head}\n    {found.failure}: expected {_short(found.expected)}, got {_short(found.got)}"
        f"\n    add it as a hidden test (tests/hidden/NN-name.json):\n      {json.dumps(test)}"
    )


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= INPUT_CHARS else text[: INPUT_CHARS - 3] + "..."


def render_summary(results: list[MutationResult]) -> str:
    total = sum(r.total for r in results)
    equivalent = sum(r.equivalent for r in results)
    killed = sum(r.killed for r in results)
    survivors = sum(len(r.survivors) for r in results)
    counted = total - equivalent
    score = killed / counted if counted else 1.0
    failed = [r.problem_id for r in results if not r.ok]
    recorded = sum(1 for r in results if r.recorded)
    return (
        f"\n{len(results)} problem(s), {total} mutants: {killed} killed, {equivalent} equivalent, "
        f"{survivors} surviving · bank score {score:.1%} · {sum(r.seconds for r in results):.1f} s"
        + (f" · {recorded} recorded, {len(results) - recorded} analysed" if recorded else "")
        + (f"; not clean: {', '.join(failed)}" if failed else "")
    )


def mutants_json(results: list[MutationResult]) -> str:
    return json.dumps({"schema": SCHEMA, "problems": [_as_dict(r) for r in results]}, indent=2)


def _as_dict(result: MutationResult) -> dict[str, Any]:
    data = asdict(result)
    data["score"] = round(result.score, 4)
    data["ok"] = result.ok
    return data
