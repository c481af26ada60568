"""`judge complexity` and `judge run --scaling`: the measured times by size, the fitted
growth of both sides, and the one-line verdict (text and JSON)."""

from __future__ import annotations

import json
from typing import Any

from ..analysis.complexity import Scaling
from ..analysis.growth import Point

SCALING_SCHEMA = "coding-judge/scaling@1"


def scaling_text(scaling: Scaling, intended: str) -> str:
    lines = _table(scaling.yours, scaling.reference, "ms", 10, "over budget")
    lines += ["", f"Growth (intended {intended}): {scaling.summary}"]
    if (space := scaling.space) is not None:
        table = _table(space.yours, space.reference, "KiB", 12, "-", "   (peak allocated beyond the input)")
        lines += ["", *table, "", f"Extra space: {space.summary}"]
    if scaling.claim:
        lines.append(f"Your comment: {scaling.claim}")
    if scaling.cut_at is not None:
        lines.append(f"Note: not timed from n = {scaling.cut_at} on, to keep to the time budget (--time).")
    if scaling.wrong_at is not None:
        lines.append(f"Note: at n = {scaling.wrong_at} your answer was not accepted (see `judge stress`).")
    return "\n".join(lines)


def _table(
    yours: list[Point], reference: list[Point], unit: str, width: int, missing: str, note: str = ""
) -> list[str]:
    """One row per size: your figure (or `missing`) beside the reference's (or -)."""
    mine, theirs = {p.n: p.value for p in yours}, {p.n: p.value for p in reference}
    lines = [f"  {'n':>9}  {'yours':>{width}}  {'reference':>{width}}{note}"]
    for n in sorted(set(mine) | set(theirs)):
        left = f"{mine[n]:.1f} {unit}" if n in mine else missing
        right = f"{theirs[n]:.1f} {unit}" if n in theirs else "-"
        lines.append(f"  {n:>9}  {left:>{width}}  {right:>{width}}")
    return lines


def scaling_json(scaling: Scaling, problem_id: str, intended: str) -> str:
    def side(points: Any, fitted: Any, unit: str = "ms") -> dict[str, Any]:
        return {
            "points": [{"n": p.n, unit: round(p.value, 3)} for p in points],
            "slope": round(fitted.slope, 3),
            "growth": fitted.growth.text if fitted.growth else None,
        }

    document = {
        "schema": SCALING_SCHEMA,
        "problem": problem_id,
        "intended": intended,
        "yours": side(scaling.yours, scaling.yours_fit),
        "reference": side(scaling.reference, scaling.reference_fit),
        "too_slow": scaling.too_slow,
        "summary": scaling.summary,
        "claim": scaling.claim,
        "wrong_at": scaling.wrong_at,
        "cut_at": scaling.cut_at,
        "space": None,
    }
    if (space := scaling.space) is not None:
        document["space"] = {
            "intended": space.intended.text,
            "yours": side(space.yours, space.yours_fit, "kib"),
            "reference": side(space.reference, space.reference_fit, "kib"),
            "too_much": space.too_much,
            "summary": space.summary,
        }
    return json.dumps(document, indent=2) + "\n"
