"""A Report to plain data and back, exactly (the grade cache stores reports as JSON).
Not a published format: `judge.render` owns those."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..judging.report import CaseResult, Frame, LoadError, Report, SampleDetail, Where
from ..judging.verdict import Verdict


def to_data(report: Report) -> dict[str, Any]:
    data = asdict(report)
    for result in data["results"]:
        result["verdict"] = result["verdict"].value
    return data


def from_data(data: dict[str, Any]) -> Report:
    results = tuple(_result(r) for r in data["results"])
    load_error = LoadError(**data["load_error"]) if data.get("load_error") else None
    fields = {k: v for k, v in data.items() if k not in ("results", "load_error")}
    return Report(**fields, results=results, load_error=load_error)


def _result(data: dict[str, Any]) -> CaseResult:
    fields = dict(data)
    fields["verdict"] = Verdict(fields["verdict"])
    fields["tags"] = tuple(fields.get("tags") or ())
    if fields.get("detail") is not None:
        fields["detail"] = SampleDetail(**fields["detail"])
    if fields.get("where") is not None:
        where = fields["where"]
        frames = tuple(Frame(**f) for f in where["frames"])
        fields["where"] = Where(frames, where["depth"], where.get("in_builtin", False))
    return CaseResult(**fields)
