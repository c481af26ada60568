"""The sandbox interface: run a job, return raw facts. No verdicts here.

`Sandbox.run(RunRequest) -> RunOutcome`. The only implementation that talks to an engine
is `docker_sandbox.DockerSandbox` (the `docker_*` modules are the only ones that import
the `docker` SDK); unit tests use a fake. Turning an outcome into verdicts is the
grader's job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

Send = Callable[[bytes], None]
Watch = Callable[[bytearray, Send], bool]


@dataclass(frozen=True)
class RunRequest:
    """One job (`protocol.encode_job`, written to the harness's stdin) and the run's limits."""

    job: bytes
    memory_mb: int
    deadline_s: float
    stack_bytes: int
    output_cap: int = 256 << 20
    # Called with the stdout read so far and a function that writes to the harness's
    # stdin (a batch job's control lines); returning True stops the run early.
    watch: Watch | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RunOutcome:
    """What happened, as facts: the harness's framed stdout, capped, and how it ended."""

    stdout: bytes
    stderr: bytes = b""
    exit_code: int | None = 0
    oom_killed: bool = False
    timed_out: bool = False
    output_capped: bool = False
    stopped_early: bool = False
    wall_s: float = 0.0


class Sandbox(Protocol):
    image: str

    def run(self, request: RunRequest) -> RunOutcome:
        """Run the harness on the job; raises SandboxError when the engine fails."""
        ...

    def cancel(self) -> None:
        """Stop every run under way at once and refuse new ones (an interrupted command)."""
        ...


@runtime_checkable
class KeepsReady(Protocol):
    """A sandbox that can start containers ahead of their runs (`ready_pool`)."""

    def keep_ready(self, count: int) -> None:
        """Keep count started ahead for the runs to come, until close()."""
        ...

    def close(self) -> None:
        """Remove what was started ahead and not used."""
        ...
