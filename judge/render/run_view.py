"""`judge run` at a terminal or in a pipe: what a person reads in the seconds after enter.

    header       problem · title · file
    load error   one block: file, line, the source line and a caret (CE before any test)
    table        one row per test, fitted to the width (notes wrap in their column); an
                 accepted run shows a compact block instead, unless verbose
    details      the first failing sample (input, expected, got, stdout, stderr, traceback)
                 and the first failing hidden test (its kind; where the code was)
    summary      the first failure leads, with the counts per verdict and the timings

Everything a candidate's code produced passes through `_clean`, which drops control
characters, so a solution cannot paint the terminal. Colours live here, not in verdicts.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..judging.report import CaseResult, LoadError, Report, Where
from ..judging.verdict import Verdict

COLOURS = {
    Verdict.AC: "green",
    Verdict.WA: "red",
    Verdict.TLE: "yellow",
    Verdict.MLE: "yellow",
    Verdict.OLE: "yellow",
    Verdict.RE: "magenta",
    Verdict.CE: "magenta",
    Verdict.JE: "cyan",
    Verdict.SKIPPED: "dim",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SHOW_CHARS = 600


def _clean(text: str, limit: int = SHOW_CHARS) -> str:
    text = _CONTROL.sub("?", text)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"


def _value(value: Any) -> str:
    """A JSON value as Python spells it (None, True, False), cut short when long."""
    return _clean(python_text(value))


def python_text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {python_text(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _verdict(verdict: Verdict) -> Text:
    return Text(
        verdict.value, style=f"bold {COLOURS[verdict]}" if verdict is not Verdict.AC else COLOURS[verdict]
    )


def header(report: Report) -> Text:
    return Text(f"{report.problem_id} · {report.title} · {report.solution}", style="bold")


def time_text(result: CaseResult) -> str:
    if result.verdict is Verdict.SKIPPED:
        return "-"
    if result.time_ms is None:
        return "-"
    shown = f"{result.time_ms:.1f} ms" if result.time_ms < 1000 else f"{result.time_ms / 1000:.2f} s"
    return f">{shown}" if result.verdict is Verdict.TLE and result.message.startswith("stopped") else shown


def note(result: CaseResult) -> str:
    if result.verdict in (Verdict.AC, Verdict.SKIPPED):
        return ""
    kind = result.description if result.hidden else ""
    told = result.message
    if result.verdict is Verdict.TLE and result.size is not None:
        told = f"{told}; n = {result.size}"
    return _clean(f"{kind} — {told}" if kind and told else kind or told, 240)


def table(results: list[CaseResult] | tuple[CaseResult, ...]) -> Table:
    """One row per test that ran; the skipped ones as one row at the end."""
    grid = Table(box=None, pad_edge=False, padding=(0, 1), show_edge=False, expand=False)
    grid.add_column("TEST", overflow="fold", no_wrap=False, max_width=34)
    grid.add_column("VERDICT", no_wrap=True)
    grid.add_column("TIME", justify="right", no_wrap=True, min_width=9)  # fixed: rows line up as they stream
    grid.add_column("NOTE", overflow="fold")
    skipped = [r for r in results if r.verdict is Verdict.SKIPPED]
    for result in results:
        if result.verdict is not Verdict.SKIPPED:
            grid.add_row(result.id, _verdict(result.verdict), time_text(result), note(result))
    if skipped:
        why = "larger than the last test that passed, after a time-out (--all-tests runs them)"
        grid.add_row(f"{len(skipped)} more", _verdict(Verdict.SKIPPED), "-", why)
    return grid


def load_error_block(error: LoadError, solution: str) -> Text:
    """file, line, the source line and a caret under the column, and what is wrong."""
    what = {"compile": "does not compile", "load": "fails while loading", "entry": "has no entry point"}[
        error.kind
    ]
    text = Text(f"{solution} {what}", style="bold magenta")
    if error.line is not None:
        text.append(f", line {error.line}", style="bold magenta")
    text.append(":\n")
    if error.code:
        text.append(f"    {_clean(error.code, 200)}\n")
        if error.column is not None:
            indent = max(0, error.column - 1 - (len(error.code) - len(error.code.lstrip())))
            text.append("    " + " " * min(indent, 200) + "^\n", style="bold")
    text.append(_clean(error.message, 400))
    return text


def where_text(where: Where, stopped: bool) -> str:
    innermost = where.frames[-1]
    lead = "when stopped it was" if stopped else "raised"
    place = f"{lead} at line {innermost.line} in {innermost.function}"
    if where.depth > 1:
        place += f" (recursion depth {where.depth})" if _recursive(where) else f" ({where.depth} calls deep)"
    if where.in_builtin:
        place += ", inside a long builtin call"
    return place + (f": {_clean(innermost.code, 160)}" if innermost.code else "")


def _recursive(where: Where) -> bool:
    names = [f.function for f in where.frames]
    return len(set(names)) < len(names)


def traceback_text(where: Where) -> str:
    lines = [f"line {f.line} in {f.function}: {_clean(f.code, 160)}" for f in where.frames]
    hidden = where.depth - len(where.frames)
    head = [f"... {hidden} more call(s) above"] if hidden > 0 else []
    return "\n".join(head + lines)


def details(report: Report) -> list[RenderableType]:
    """The first failing sample in full, and the first failing hidden test by its kind."""
    shown: list[RenderableType] = []
    sample = next(
        (r for r in report.results if not r.hidden and r.verdict not in (Verdict.AC, Verdict.SKIPPED)), None
    )
    hidden = next(
        (r for r in report.results if r.hidden and r.verdict not in (Verdict.AC, Verdict.SKIPPED)), None
    )
    if sample is not None:
        shown.append(_sample_block(sample))
    if hidden is not None and hidden.verdict is not Verdict.CE:
        shown.append(_hidden_block(hidden, report.time_limit_ms))
    return shown


def _sample_block(result: CaseResult) -> Text:
    text = Text(f"Failed sample {result.id} ({result.verdict.title}): {result.description}\n", style="bold")
    detail = result.detail
    rows: list[tuple[str, str]] = []
    if detail is not None:
        rows += [("input", _value(detail.input)), ("expected", _value(detail.expected))]
        if detail.got is not None or result.verdict is Verdict.WA:
            rows.append(("got", _value(detail.got)))
    rows.append(("why", _clean(result.message, 400)))
    if result.where is not None and result.verdict is Verdict.RE:
        rows.append(("traceback", traceback_text(result.where)))
    if result.where is not None and result.verdict is Verdict.TLE:
        rows.append(("where", where_text(result.where, True)))
    if detail is not None:
        rows += [
            (name, _clean(out.rstrip("\n")))
            for name, out in (("stdout", detail.stdout), ("stderr", detail.stderr))
            if out
        ]
    for name, value in rows:
        text.append(f"  {name + ':':<11}")
        text.append(value.replace("\n", "\n" + " " * 13) + "\n")
    return text


def _hidden_block(result: CaseResult, limit_ms: int) -> Text:
    text = Text(
        f"Failed hidden test {result.id} ({result.verdict.title}): {result.description}\n", style="bold"
    )
    if result.tags:
        text.append(f"  kind:      {', '.join(result.tags)}\n")
    if result.size is not None:
        text.append(f"  size:      n = {result.size}\n")
    if result.verdict is Verdict.TLE:
        text.append(f"  limit:     {limit_ms} ms per test\n")
    if result.where is not None:
        text.append(f"  where:     {where_text(result.where, result.verdict is Verdict.TLE)}\n")
    text.append(f"  why:       {_clean(result.message, 300)}\n")
    return text


def summary(report: Report) -> Text:
    """The last line: the first failure leads, then the counts and the timings."""
    headline = report.headline
    text = Text(f"{headline.value} ({headline.title})", style=f"bold {COLOURS[headline]}")
    if report.load_error is not None:
        text.append(f" · the file failed before any test ran · time limit {report.time_limit_ms} ms")
        return text
    failure = report.first_failure
    if failure is not None and headline is not Verdict.JE:
        text.append(f" on {failure.id}")
    counts = sorted(report.counts.items(), key=lambda pair: -pair[0].rank)
    others = ", ".join(f"{n} {_count_name(v)}" for v, n in counts if v is not Verdict.AC)
    text.append(f" · {report.passed}/{len(report.results)} tests passed" + (f" ({others})" if others else ""))
    if headline is not Verdict.AC:
        text.append("\n  " + " · ".join(_timings(report)))
    if report.judge_error:
        text.append(f"\n  judge error: {report.judge_error}")
    return text


def _count_name(verdict: Verdict) -> str:
    return "skipped" if verdict is Verdict.SKIPPED else verdict.value


def _timings(report: Report) -> list[str]:
    parts = []
    slowest = report.slowest
    if slowest is not None and slowest.time_ms is not None:
        parts.append(f"slowest {slowest.id} {time_text(slowest)}")
        parts.append(f"total {report.total_ms:.1f} ms")
    parts.append(f"time limit {report.time_limit_ms} ms")
    return parts


def accepted_block(report: Report) -> Text:
    slowest = report.slowest
    text = Text()
    if slowest is not None and slowest.time_ms is not None:
        text.append(f"  slowest  {slowest.id} {time_text(slowest)}\n")
    total = f"  total    {report.total_ms:.1f} ms"
    if report.reference_total_ms:
        total += f" = {report.total_ms / report.reference_total_ms:.1f}x the reference's"
    text.append(total + "\n")
    text.append(f"  limit    {report.time_limit_ms} ms per test\n")
    text.append(f"  next     compare with the reference: judge show {report.problem_id} --solution\n")
    return text


def report_view(report: Report, verbose: bool = False) -> RenderableType:
    """The whole output of a finished run."""
    parts: list[RenderableType] = [header(report), Text()]
    if report.load_error is not None:
        parts += [load_error_block(report.load_error, report.solution), Text()]
    elif report.headline is Verdict.AC and not verbose:
        return Group(*parts, summary(report), accepted_block(report))
    else:
        parts += [table(report.results), Text()]
        for block in details(report):
            parts += [block]
    parts.append(summary(report))
    if report.headline is Verdict.AC:
        parts.append(accepted_block(report))
    return Group(*parts)


def custom_view(report: Report) -> RenderableType:
    """`judge run --case`: the input, the reference's answer, yours, and the verdict."""
    parts: list[RenderableType] = [header(report), Text()]
    if report.load_error is not None:
        return Group(*parts, load_error_block(report.load_error, report.solution), Text(), summary(report))
    (result,) = report.results
    detail = result.detail
    text = Text()
    if detail is not None:
        text.append(f"  input:       {_value(detail.input)}\n")
        text.append(f"  reference:   {_value(detail.expected)}\n")
        if result.verdict in (Verdict.AC, Verdict.WA) or detail.got is not None:
            text.append(f"  yours:       {_value(detail.got)}\n")
    text.append("  verdict:     ")
    text.append_text(_verdict(result.verdict))
    text.append(f" ({result.verdict.title}){': ' + _clean(result.message, 300) if result.message else ''}\n")
    if result.where is not None:
        text.append(f"  where:       {where_text(result.where, result.verdict is Verdict.TLE)}\n")
    if detail is not None:
        for name, out in (("stdout", detail.stdout), ("stderr", detail.stderr)):
            if out:
                text.append(
                    f"  {name + ':':<13}{_clean(out.rstrip()).replace(chr(10), chr(10) + ' ' * 15)}\n"
                )
    return Group(*parts, text)
