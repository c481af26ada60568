"""A problem's own `checker.py`, for answers that are not unique. Runs on the host."""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...errors import ProblemFormatError


def load(path: Path) -> Callable[..., Any]:
    try:
        namespace = runpy.run_path(str(path), run_name="judge_checker")
    except Exception as error:
        raise ProblemFormatError(path, None, f"cannot be loaded: {type(error).__name__}: {error}") from None
    check = namespace.get("check")
    if not callable(check):
        raise ProblemFormatError(path, "check", "must define check(input, expected, got)")
    return check  # type: ignore[no-any-return]
