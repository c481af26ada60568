"""The drilling rules, as data: patterns.yaml's `drilling:` (mastery, interview targets)."""

from __future__ import annotations

from pathlib import Path

from ..bank.documents import read_yaml
from ..bank.fields import Fields
from .model import Rules


def load_rules(patterns_dir: Path, cache_dir: Path | None = None) -> Rules:
    path = patterns_dir / "patterns.yaml"
    data = read_yaml(path, cache_dir)
    drilling = data.get("drilling") if isinstance(data, dict) else None
    if drilling is None:
        return Rules()
    fields = Fields(drilling, path, "drilling.")
    fields.only({"mastery", "target_minutes"})
    defaults = Rules()
    mastery = fields.mapping("mastery", {})
    mastery.only({"solved", "hard"})
    targets = fields.mapping("target_minutes", {})
    targets.only(set(defaults.target_minutes))
    minutes = {
        level: targets.number(level, int, 1, 600, default)
        for level, default in defaults.target_minutes.items()
    }
    return Rules(
        solved=mastery.number("solved", int, 1, 1000, defaults.solved),
        hard=mastery.number("hard", int, 0, 1000, defaults.hard),
        target_minutes=minutes,
    )
