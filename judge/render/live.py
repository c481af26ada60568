"""Rows that appear as tests finish, at a terminal (rich Live, cleared when the run ends
and the final view is printed). In a pipe nothing is drawn: the final view says it all."""

from __future__ import annotations

import threading
from types import TracebackType

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from ..judging.report import CaseResult
from .run_view import table


class LiveRows:
    def __init__(self, console: Console, enabled: bool = True) -> None:
        self.rows: list[CaseResult] = []
        self._lock = threading.Lock()
        self._live = (
            Live(console=console, transient=True, auto_refresh=False)
            if enabled and console.is_terminal
            else None
        )

    def __enter__(self) -> LiveRows:
        if self._live is not None:
            self._live.__enter__()
            self._live.update(Text("judging ..."), refresh=True)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.__exit__(kind, error, tb)

    def add(self, result: CaseResult) -> None:
        """Called from the sandbox's reading loop as each test's result is graded."""
        with self._lock:
            self.rows.append(result)
            if self._live is not None:
                shown = self.rows[-max(5, self._live.console.height - 4) :]
                self._live.update(
                    Group(Text(f"judging ... {len(self.rows)} done"), table(shown)), refresh=True
                )
