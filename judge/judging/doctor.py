"""`judge doctor`: is the engine there, is the image there, does a trivial job run?"""

from __future__ import annotations

import marshal
import time
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from ..sandbox import RunRequest, Sandbox
from .expected import MARSHAL_FORMAT
from .policy import Policy, job_meta
from .protocol import decode_answer, encode_job, parse

ECHO_ENTRY = {"kind": "function", "name": "echo", "params": [{"name": "x", "type": "int"}], "returns": "int"}
ECHO_SOURCE = b"def echo(x):\n    return x\n"


@dataclass(frozen=True)
class EchoCheck:
    ok: bool
    median_s: float
    detail: str


def echo_check(
    sandbox: Sandbox, policy: Policy, runs: int = 3, log: Callable[[str], None] = lambda _: None
) -> EchoCheck:
    """Run a one-test echo solution a few times; ok when it answers, with the median wall time."""
    meta = job_meta(ECHO_ENTRY, 1000, 1000, policy)
    job = encode_job(meta, ["echo"], [marshal.dumps({"x": 42}, MARSHAL_FORMAT)], ECHO_SOURCE)
    times = []
    for _ in range(runs):
        started = time.monotonic()
        request = RunRequest(job=job, memory_mb=128, deadline_s=30, stack_bytes=policy.stack_bytes)
        outcome = sandbox.run(request)
        times.append(time.monotonic() - started)
        transcript = parse(outcome.stdout, policy.sizes.record_header_bytes)
        record = transcript.records[0] if transcript.records else None
        if record is None or record.status != "ok" or decode_answer(record.answer, 4096) != 42:
            return EchoCheck(
                False,
                0.0,
                f"the echo job did not answer 42 (exit code {outcome.exit_code}, "
                f"stderr {outcome.stderr[:200]!r})",
            )
        log(f"echo run {len(times)}: {times[-1] * 1000:.0f} ms")
    return EchoCheck(
        True, median(times), f"python {transcript.hello.get('python') if transcript.hello else '?'}"
    )
