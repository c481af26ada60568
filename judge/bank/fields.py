"""Reading typed fields out of parsed YAML/JSON, with errors that name file and field.

A `Fields` wraps one mapping; every accessor raises `ProblemFormatError(path, field, …)`
with the dotted field name, so a bad package always gets a one-line message such as
`problems/x/problem.yaml: limits.memory_mb: must be an integer from 32 to 4096`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ProblemFormatError

T = TypeVar("T")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Fields:
    def __init__(self, data: Any, path: Path | str, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        if not isinstance(data, dict):
            raise ProblemFormatError(path, prefix or None, "must be a mapping")
        self.data = data

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def fail(self, key: str | None, message: str) -> ProblemFormatError:
        return ProblemFormatError(self.path, self.name(key) if key else (self.prefix or None), message)

    def only(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(str(key), f"unknown key (known keys: {known})")

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, kind: type[T], default: Any = ...) -> T:
        if key not in self.data:
            if default is ...:
                raise self.fail(key, "is required")
            return default  # type: ignore[no-any-return]
        value = self.data[key]
        if kind is float and type(value) is int:
            value = float(value)
        if type(value) is not kind:
            raise self.fail(key, f"must be {_NAMES.get(kind, kind.__name__)}, not {_describe(value)}")
        return value

    def text(
        self, key: str, default: Any = ..., pattern: re.Pattern[str] | None = None, hint: str = ""
    ) -> str:
        value = self.get(key, str, default)
        if value is not default and pattern and not pattern.fullmatch(value):
            raise self.fail(key, hint or f"does not match {pattern.pattern}")
        if value is not default and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def number(self, key: str, kind: type[T], low: float, high: float, default: T) -> T:
        value = self.get(key, kind, default)
        if not low <= value <= high:  # type: ignore[operator]
            raise self.fail(key, f"must be from {low:g} to {high:g}")
        return value

    def choice(self, key: str, options: tuple[str, ...], default: Any = ...) -> str:
        value = self.get(key, str, default)
        if value not in options:
            raise self.fail(key, f"must be one of {', '.join(options)}")
        return value

    def mapping(self, key: str, default: Any = ...) -> Fields:
        if key not in self.data and default is not ...:
            return Fields(default, self.path, self.name(key))
        if key not in self.data:
            raise self.fail(key, "is required")
        return Fields(self.data[key], self.path, self.name(key))

    def items(self, key: str, default: Any = ...) -> list[Any]:
        return self.get(key, list, default)

    def identifier(self, key: str, default: Any = ...) -> str:
        return self.text(key, default, IDENTIFIER, "must be a Python identifier")


_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    return _NAMES.get(type(value), type(value).__name__)
