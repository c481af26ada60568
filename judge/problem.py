"""The problem model: what `problem.yaml` and the test files describe, as frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Param:
    name: str
    type: str

    def to_wire(self) -> dict[str, str]:
        return {"name": self.name, "type": self.type}


@dataclass(frozen=True)
class Method:
    name: str
    params: tuple[Param, ...]
    returns: str


@dataclass(frozen=True)
class Entry:
    """The entry point: a function (or Solution method), or a design class."""

    kind: str
    name: str
    params: tuple[Param, ...] = ()
    returns: str = "None"
    output: str = "return"
    argument: str | None = None
    constructor: tuple[Param, ...] = ()
    methods: tuple[Method, ...] = ()

    def to_wire(self) -> dict[str, Any]:
        """The JSON the harness reads (see judge.harness.worker)."""
        if self.kind == "design":
            return {
                "kind": "design",
                "name": self.name,
                "constructor": [p.to_wire() for p in self.constructor],
                "methods": {
                    m.name: {"params": [p.to_wire() for p in m.params], "returns": m.returns}
                    for m in self.methods
                },
            }
        wire: dict[str, Any] = {
            "kind": "function",
            "name": self.name,
            "params": [p.to_wire() for p in self.params],
            "returns": self.returns,
            "output": self.output,
        }
        if self.argument:
            wire["argument"] = self.argument
        return wire


@dataclass(frozen=True)
class Limits:
    time_multiplier: float = 3.0
    time_floor_ms: int = 1000
    memory_mb: int = 256
    recursion_limit: int = 100_000


@dataclass(frozen=True)
class CheckerSpec:
    name: str = "exact"
    options: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Problem:
    id: str
    pattern: str
    number: str
    slug: str
    path: Path
    title: str
    difficulty: str
    entry: Entry
    complexity: tuple[tuple[str, str], ...]
    hints: tuple[str, ...]
    tags: tuple[str, ...] = ()
    checker: CheckerSpec = field(default_factory=CheckerSpec)
    limits: Limits = field(default_factory=Limits)

    @property
    def statement_path(self) -> Path:
        return self.path / "statement.md"

    @property
    def reference_path(self) -> Path:
        return self.path / "reference.py"


MISSING: Any = object()


@dataclass(frozen=True)
class Case:
    """One test: its input, and the expected answer once materialised."""

    id: str
    name: str
    hidden: bool
    description: str
    input: Any
    expected: Any = MISSING
    hand_expected: Any = MISSING
