"""The problem model: what `problem.yaml` and the test files describe, as frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    node_of: str | None = None  # the argument is the node of this other parameter the JSON names

    def to_wire(self) -> dict[str, str]:
        wire = {"name": self.name, "type": self.type}
        if self.node_of:
            wire["node_of"] = self.node_of
        return wire


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
    answer: str = "value"  # or "node-index": a returned ListNode is judged by its index
    chain: bool = False  # design: an argument {"result_of": k} is what call k returned

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
                **({"chain": True} if self.chain else {}),
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
        if self.answer != "value":
            wire["answer"] = self.answer
        return wire


FRAMES_PER_MB = 2500  # a Python call frame costs 150 to 250 bytes; the rest of memory stays spare


@dataclass(frozen=True)
class Limits:
    time_multiplier: float = 3.0
    time_floor_ms: int = 1000
    memory_mb: int = 256
    recursion_limit: int = 1_000_000  # plain recursion 10^6 deep fits the default memory (about 150 MB)

    @property
    def recursion_depth(self) -> int:
        """The recursion limit a run gets: recursion_limit, lowered so that running into it
        is a RecursionError (RE) before it is out of memory (MLE) at this memory limit."""
        return min(self.recursion_limit, self.memory_mb * FRAMES_PER_MB)


@dataclass(frozen=True)
class Growth:
    """A growth class in n, the size of the input (`judge.bank.sizes`): n^power (log n)^logs,
    or exponential. Written in problem.yaml as one of GROWTH_CLASSES, e.g. `n log n`."""

    text: str
    power: float
    logs: int = 0
    exponential: bool = False


GROWTH_CLASSES: dict[str, Growth] = {
    g.text: g
    for g in (
        Growth("1", 0),
        Growth("log n", 0, 1),
        Growth("sqrt n", 0.5),
        Growth("n", 1),
        Growth("n log n", 1, 1),
        Growth("n sqrt n", 1.5),
        Growth("n^2", 2),
        Growth("n^2 log n", 2, 1),
        Growth("n^3", 3),
        Growth("2^n", 0, 0, True),
        Growth("n!", 0, 0, True),
    )
}


@dataclass(frozen=True)
class Complexity:
    """The reference's complexity: text for people (`O(n log n)`), and growth classes as
    data for the complexity check."""

    time: str
    space: str
    time_growth: Growth
    space_growth: Growth


@dataclass(frozen=True)
class CheckerSpec:
    name: str = "exact"
    options: tuple[tuple[str, Any], ...] = ()
    ignore_calls: tuple[str, ...] = ()  # design: answers of these methods are not judged


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
    complexity: Complexity
    hints: tuple[str, ...]
    tags: tuple[str, ...] = ()
    checker: CheckerSpec = field(default_factory=CheckerSpec)
    limits: Limits = field(default_factory=Limits)
    constraints: tuple[Any, ...] = ()  # judge.bank.constraints.Bound, one per constrained parameter

    @property
    def statement_path(self) -> Path:
        return self.path / "statement.md"

    @property
    def reference_path(self) -> Path:
        return self.path / "reference.py"

    @property
    def brute_path(self) -> Path:
        return self.path / "brute.py"

    @property
    def generator_path(self) -> Path:
        return self.path / "gen.py"


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
    tags: tuple[str, ...] = ()
    size: int | None = None  # n, the size of the input (judge.bank.inputs.input_size)
