"""A judging session: one container keeps a candidate's file loaded while batches of
inputs arrive, for `judge stress` (thousands of random inputs and every shrink step
would each pay for a container otherwise).

    Session.open -> Sandbox.run on a thread (job: the file, no tests; meta "session")
    Session.judge(values) -> the reference answers them on the host -> one batch to the
        harness (protocol.encode_inputs) -> each input in a fresh child, as any test
        -> records graded against the reference's answers, as tests are
    Session.close -> the empty line that ends the session; the container goes

Expected answers never enter the container, as for any run. Inputs the reference
cannot answer (not valid inputs) are left out of the batch and get no result.
"""

from __future__ import annotations

import marshal
import queue
import threading
from dataclasses import dataclass
from typing import Any

from ..bank.model import Case, Problem
from ..errors import JudgeError, SandboxError
from ..sandbox import RunOutcome, RunRequest, Send
from .checkers import checker_for
from .context import Context
from .expected import MARSHAL_FORMAT, run_reference
from .failures import load_error
from .grader import Rules, grade_record
from .policy import job_meta
from .protocol import SESSION_END, encode_inputs, encode_job, parse
from .report import CaseResult, LoadError


@dataclass(frozen=True)
class Judged:
    value: Any
    result: CaseResult  # its detail holds the input, the expected answer and the candidate's


class SessionOver(JudgeError):
    """The session's container ended (its budget ran out, it failed to load, or the
    engine failed): no more batches can be judged."""


class Session:
    def __init__(
        self, problem: Problem, source: bytes, context: Context, limit_ms: int, budget_s: float
    ) -> None:
        self.problem, self.context, self.limit_ms = problem, context, limit_ms
        lines = tuple(source.decode("utf-8", "replace").splitlines())
        self.rules = Rules(
            checker_for(problem), limit_ms, self._input_of, context.policy.sizes.answer_bytes, lines
        )
        self._inputs: dict[str, Any] = {}
        self._records: queue.Queue[Any] = queue.Queue()
        self._send: Send | None = None
        self._ready = threading.Event()
        self._outcome: RunOutcome | SandboxError | None = None
        self.load_error: LoadError | None = None
        self._counter = 0
        meta = job_meta(problem.entry.to_wire(), limit_ms, problem.limits.recursion_depth, context.policy)
        meta["session"] = True
        request = RunRequest(
            job=encode_job(meta, [], [], source),
            memory_mb=problem.limits.memory_mb,
            deadline_s=budget_s,
            stack_bytes=context.policy.stack_bytes,
            output_cap=context.policy.sizes.run_output_bytes,
            watch=self._watch,
        )
        self._thread = threading.Thread(target=self._run, args=(request,), daemon=True)

    def __enter__(self) -> Session:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._send is not None and self._outcome is None:
            try:
                self._send(SESSION_END)
            except OSError:
                pass
        self._thread.join(timeout=60)

    def _run(self, request: RunRequest) -> None:
        try:
            self._outcome = self.context.sandbox.run(request)
        except SandboxError as error:
            self._outcome = error
        self._records.put(None)  # wakes a judge() that waits: the session is over

    def _watch(self, stream: bytearray, send: Send) -> bool:
        self._send = send
        transcript = parse(bytes(stream), self.context.policy.sizes.record_header_bytes)
        del stream[: transcript.consumed]
        if transcript.compile_error is not None or transcript.load is not None:
            lines = self.rules.source_lines
            self.load_error = load_error(transcript, lines) or LoadError("load", "loading it did not finish")
        if transcript.hello is not None:
            self._ready.set()
        for record in transcript.records:
            self._records.put(record)
        for _ in range(transcript.batches):
            self._records.put("batch")
        return self.load_error is not None

    def _input_of(self, case: Case) -> Any:
        return self._inputs.get(case.id)

    def judge(self, values: list[Any], expected: list[Any] | None = None) -> list[Judged]:
        """Each valid value judged in the container, in order; SessionOver when the
        container is gone (its message says why). expected: the reference's answers to
        values, when the caller already has them (every value is then valid)."""
        if expected is None:
            expected, kept = self._answers(values)
        else:
            kept = list(values)
        if not kept:
            return []
        if not self._ready.wait(timeout=120) or self._send is None:
            raise self._over()
        cases = []
        for value, answer in zip(kept, expected, strict=True):
            self._counter += 1
            case_id = f"random/{self._counter}"
            self._inputs[case_id] = value
            cases.append(Case(case_id, case_id, False, "a random input", value, answer))
        raw = [marshal.dumps(value, MARSHAL_FORMAT) for value in kept]
        try:
            self._send(encode_inputs([c.id for c in cases], raw))
        except OSError:
            raise self._over() from None
        judged = []
        by_id = {c.id: c for c in cases}
        while True:
            record = self._records.get()
            if record is None:
                self._records.put(None)
                raise self._over()
            if record == "batch":
                break
            case = by_id.get(record.id)
            if case is not None:
                judged.append(Judged(case.input, grade_record(case, record, self.rules)))
        for case in cases:
            self._inputs.pop(case.id, None)
        return judged

    def _answers(self, values: list[Any]) -> tuple[list[Any], list[Any]]:
        """The reference's answers, and the values it could answer (the valid ones)."""
        try:
            return run_reference(self.problem, values, self.context.policy.stack_bytes), list(values)
        except JudgeError:
            pass  # one of them is not a valid input: find which, one by one
        answers, kept = [], []
        for value in values:
            try:
                (answer,) = run_reference(self.problem, [value], self.context.policy.stack_bytes)
            except JudgeError:  # the reference cannot answer it: not a valid input
                continue
            answers.append(answer)
            kept.append(value)
        return answers, kept

    def _over(self) -> SessionOver:
        if self.load_error is not None:
            return SessionOver(f"the file does not load: {self.load_error.message}")
        outcome = self._outcome
        if isinstance(outcome, SandboxError):
            return SessionOver(str(outcome))
        if isinstance(outcome, RunOutcome) and outcome.timed_out:
            return SessionOver("the session's time budget ran out")
        return SessionOver("the sandbox session ended")
