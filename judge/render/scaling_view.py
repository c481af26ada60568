"""`judge complexity` and `judge run --scaling`: the measured times by size, the fitted
growth of both sides, and the one-line verdict (text and JSON)."""

from __future__ import annotations

import json
from typing import Any

from ..analysis.complexity import Scaling
from ..analysis.space import Space

SCALING_SCHEMA = "coding-judge/scaling@1"


def scaling_text(scaling: Scaling, intended: str) -> str:
    reference = {p.n: p.value for p in scaling.reference}
    yours = {p.n: p.value for p in scaling.yours}
    lines = [f"  {'n':>9}  {'yours':>10}  {'reference':>10}"]
    for n in sorted(set(yours) | set(reference)):
        mine = f"{yours[n]:.1f} ms" if n in yours else "over budget"
        theirs = f"{reference[n]:.1f} ms" if n in reference else "-"
        lines.append(f"  {n:>9}  {mine:>10}  {theirs:>10}")
    lines += ["", f"Growth (intended {intended}): {scaling.summary}"]
    if scaling.space is not None:
        lines += ["", *_space_table(scaling.space), "", f"Extra space: {scaling.space.summary}"]
    if scaling.claim:
        lines.append(f"Your comment: {scaling.claim}")
    if scaling.wrong_at is not None:
        lines.append(f"Note: at n = {scaling.wrong_at} your answer was not accepted (see `judge stress`).")
    return "\n".join(lines)


def _space_table(space: Space) -> list[str]:
    reference = {p.n: p.value for p in space.reference}
    yours = {p.n: p.value for p in space.yours}
    lines = [f"  {'n':>9}  {'yours':>12}  {'reference':>12}   (peak allocated beyond the input)"]
    for n in sorted(set(yours) | set(reference)):
        mine = f"{yours[n]:.1f} KiB" if n in yours else "-"
        theirs = f"{reference[n]:.1f} KiB" if n in reference else "-"
        lines.append(f"  {n:>9}  {mine:>12}  {theirs:>12}")
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
