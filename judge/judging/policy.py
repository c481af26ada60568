"""The one home of the judge's time policy and size caps.

The host computes every deadline and cap here and sends the harness its copy in the
job's meta (`job_meta`), so the sandbox never retypes a number:

    per test    the harness kills a test at  grace x limit + setup allowance
                (a test over the limit but under that is still TLE, with its time shown);
                a test that got less than `starved_share` of that on the CPU (a loaded
                machine) is owed the rest and runs on, up to `starved_cap` x the deadline
    whole run   the host kills the container at
                startup allowance + tests x (starved_cap x grace x limit + per-test allowance)
    sizes       answer and stdout captured per test, stdout kept for display, record
                headers, the whole run's framed output, and the source file
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MiB = 1 << 20


@dataclass(frozen=True)
class TimePolicy:
    grace: float = 1.5
    setup_allowance_s: float = 0.5
    startup_allowance_s: float = 15.0
    per_test_allowance_s: float = 0.75
    generous_ms: int = 10_000  # the limit the reference is timed under
    starved_share: float = 0.8  # below this share of its deadline on the CPU, a test was starved
    starved_cap: float = 3.0  # a starved test still stops at this many deadlines

    def test_deadline_ms(self, limit_ms: int) -> int:
        """When the harness kills one test."""
        return int(limit_ms * self.grace + self.setup_allowance_s * 1000)

    def run_deadline_s(self, case_count: int, limit_ms: int) -> float:
        """The host's wall-clock budget for a whole run (the harness stops each test sooner)."""
        return self.startup_allowance_s + case_count * (
            self.starved_cap * limit_ms * self.grace / 1000 + self.per_test_allowance_s
        )


@dataclass(frozen=True)
class SizeCaps:
    source_bytes: int = MiB  # a solution file; more is CE before anything is compiled
    answer_bytes: int = 8 * MiB  # per test; the harness must hold a few copies within the memory limit
    stdout_bytes: int = MiB  # captured per test; more is OLE
    stdout_kept_bytes: int = 8192  # of that, sent back for display
    child_header_bytes: int = 4096  # a test child's result header, read by the harness
    record_header_bytes: int = 16 << 10  # a framed record's header, read by the host
    run_output_bytes: int = 64 * MiB  # the whole run's framed results, as read by the host


@dataclass(frozen=True)
class Policy:
    time: TimePolicy = TimePolicy()
    sizes: SizeCaps = SizeCaps()
    stack_bytes: int = 256 * MiB  # deep recursion runs on the main thread (judge.harness.worker)


DEFAULT = Policy()


def job_meta(entry: dict[str, Any], limit_ms: int, recursion_limit: int, policy: Policy) -> dict[str, Any]:
    """What the harness is told about a run: the entry point (`Entry.to_wire()`), and
    every limit it enforces."""
    sizes = policy.sizes
    return {
        "entry": entry,
        "time_limit_ms": limit_ms,
        "deadline_ms": policy.time.test_deadline_ms(limit_ms),
        "starved_share": policy.time.starved_share,
        "starved_cap": policy.time.starved_cap,
        "recursion_limit": recursion_limit,
        "stack_bytes": policy.stack_bytes,
        "stdout_limit": sizes.stdout_bytes,
        "stdout_keep": sizes.stdout_kept_bytes,
        "answer_limit": sizes.answer_bytes,
        "header_limit": sizes.child_header_bytes,
    }
