"""`judge doctor`: is the engine there, is the image there, does a trivial job run?"""

from __future__ import annotations

import marshal
import time
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from .cases import MARSHAL_FORMAT
from .protocol import decode_answer, encode_job, parse
from .sandbox import RunRequest, Sandbox

ECHO_META = {
    "entry": {"kind": "function", "name": "echo", "params": [{"name": "x", "type": "int"}], "returns": "int"},
    "time_limit_ms": 1000,
    "recursion_limit": 1000,
    "stdout_limit": 4096,
    "answer_limit": 4096,
}
ECHO_SOURCE = b"def echo(x):\n    return x\n"


@dataclass(frozen=True)
class EchoCheck:
    ok: bool
    median_s: float
    detail: str


def echo_check(sandbox: Sandbox, runs: int = 3, log: Callable[[str], None] = lambda _: None) -> EchoCheck:
    """Run a one-test echo solution a few times; ok when it answers, with the median wall time."""
    job = encode_job(ECHO_META, ["echo"], [marshal.dumps({"x": 42}, MARSHAL_FORMAT)], ECHO_SOURCE)
    times = []
    for _ in range(runs):
        started = time.monotonic()
        outcome = sandbox.run(RunRequest(job=job, memory_mb=128, deadline_s=30))
        times.append(time.monotonic() - started)
        transcript = parse(outcome.stdout)
        record = transcript.records[0] if transcript.records else None
        if record is None or record.status != "ok" or decode_answer(record.answer) != 42:
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
