"""The patterns in drill order, from patterns/patterns.yaml (light: `judge next` and
`judge progress` need the patterns but never a problem's full model)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ProblemFormatError
from .documents import read_yaml
from .fields import Fields


@dataclass(frozen=True)
class Pattern:
    slug: str
    title: str
    summary: str


def load_patterns(patterns_dir: Path, cache_dir: Path | None = None) -> list[Pattern]:
    """The patterns in drill order: patterns.yaml's `patterns:` list (or the whole file,
    when it is a plain list). With cache_dir, its parse is cached (see read_yaml)."""
    path = patterns_dir / "patterns.yaml"
    data = read_yaml(path, cache_dir)
    if isinstance(data, dict):
        data = data.get("patterns")
    if not isinstance(data, list):
        raise ProblemFormatError(path, None, "must hold a list of patterns under `patterns:`")
    patterns = []
    for index, item in enumerate(data):
        fields = Fields(item, path, f"[{index}]")
        patterns.append(Pattern(fields.text("slug"), fields.text("title"), fields.text("summary")))
    return patterns
