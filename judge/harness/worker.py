"""One test, run in a freshly forked child: build the arguments, call, encode the answer.

The child is untrusted from the moment it executes the candidate's module. It reports
through its result pipe: one header line of JSON, then the encoded answer bytes. The
parent re-checks everything it reads, and the host checks it again.
"""

from __future__ import annotations

import json
import marshal
import os
import resource
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from . import prelude, wire

CHILD_STATUSES = frozenset({"ok", "exception", "memory", "missing_entry", "bad_answer"})
SOURCE_NAME = "solution.py"


class MissingEntry(Exception):
    """The solution does not define what the problem asks for."""


def run_case(code: Any, entry: dict[str, Any], case_input: Any) -> tuple[Any, int]:
    """Execute the module, call the entry point on the input; (plain answer, call time in ns).

    Used in the sandbox for candidates and on the host for the reference.
    """
    namespace = prelude.namespace()
    exec(code, namespace)
    if entry["kind"] == "design":
        return _run_design(namespace, entry, case_input)
    return _run_function(namespace, entry, case_input)


def _defined(namespace: dict[str, Any], name: str) -> Any:
    """What the solution itself bound to name; a predefined LeetCode name does not count."""
    value = namespace.get(name)
    return None if value is not None and value is prelude.predefined(name) else value


def _resolve_function(namespace: dict[str, Any], name: str) -> Callable[..., Any]:
    solution_class = _defined(namespace, "Solution")
    if isinstance(solution_class, type) and hasattr(solution_class, name):
        return getattr(solution_class(), name)  # type: ignore[no-any-return]
    function = _defined(namespace, name)
    if callable(function):
        return function  # type: ignore[no-any-return]
    raise MissingEntry(f"define a function `{name}` or a method `{name}` on class Solution")


def _run_function(namespace: dict[str, Any], entry: dict[str, Any], case_input: Any) -> tuple[Any, int]:
    target = _resolve_function(namespace, entry["name"])
    params = entry["params"]
    args = [wire.build_argument(case_input[p["name"]], p.get("type")) for p in params]
    started = time.perf_counter_ns()
    returned = target(*args)
    elapsed = time.perf_counter_ns() - started
    output = entry.get("output", "return")
    if output == "return":
        return wire.encode(returned, entry.get("returns")), elapsed
    index = [p["name"] for p in params].index(entry["argument"])
    mutated = wire.encode(args[index], params[index].get("type"))
    if output == "argument":
        return mutated, elapsed
    return [wire.encode(returned, entry.get("returns")), mutated], elapsed


def _run_design(namespace: dict[str, Any], entry: dict[str, Any], case_input: Any) -> tuple[Any, int]:
    cls = _defined(namespace, entry["name"])
    if not isinstance(cls, type):
        raise MissingEntry(f"define a class `{entry['name']}`")
    methods = entry["methods"]
    ops, all_args = case_input["ops"], case_input["args"]
    for op in sorted(set(ops[1:])):
        if not callable(getattr(cls, op, None)):
            raise MissingEntry(f"class `{entry['name']}` has no method `{op}`")
    constructor = entry.get("constructor", [])
    clock = time.perf_counter_ns
    started = clock()
    instance = cls(*_arguments(all_args[0], constructor))
    elapsed = clock() - started
    # what each method needs, worked out once rather than per call (10^5 calls a test)
    plain = {name: _all_plain(spec["params"]) for name, spec in methods.items()}
    returns = {name: spec.get("returns") for name, spec in methods.items()}
    encode = wire.encode
    answers: list[Any] = [None]
    for op, raw_args in zip(ops[1:], all_args[1:], strict=True):
        args = raw_args if plain[op] else _arguments(raw_args, methods[op]["params"])
        method = getattr(instance, op)
        started = clock()
        returned = method(*args)
        elapsed += clock() - started
        answers.append(encode(returned, returns[op]))
    return answers, elapsed


def _arguments(raw_args: list[Any], params: list[dict[str, Any]]) -> list[Any]:
    return [wire.build_argument(a, p.get("type")) for a, p in zip(raw_args, params, strict=False)]


def _all_plain(params: list[dict[str, Any]]) -> bool:
    """No argument needs building (no ListNode or TreeNode): the raw values are passed."""
    return all(wire.kind_of(p.get("type")) == "json" for p in params)


def _error_line(error: BaseException) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == SOURCE_NAME:
            line = lineno
    return line


def _header_for(error: BaseException) -> dict[str, Any]:
    if isinstance(error, MemoryError):
        return {"status": "memory"}
    if isinstance(error, MissingEntry):
        return {"status": "missing_entry", "message": str(error)}
    if isinstance(error, wire.AnswerError):
        return {"status": "bad_answer", "message": str(error)}
    try:
        message = str(error)[:300]
    except BaseException:
        message = ""
    return {
        "status": "exception",
        "type": type(error).__name__,
        "message": message,
        "line": _error_line(error),
    }


def _call_with_deep_stack(body: Callable[[], None], stack_bytes: int) -> None:
    """Run body on the main thread when its stack may grow to stack_bytes (the sandbox sets
    RLIMIT_STACK for that); otherwise on a thread with a stack that large."""
    soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
    if soft == resource.RLIM_INFINITY or soft >= stack_bytes:
        body()
        return
    threading.stack_size(stack_bytes)
    thread = threading.Thread(target=body, name="solution")
    thread.start()
    thread.join()


def child_main(
    code: Any, entry: dict[str, Any], raw_input: bytes, result_fd: int, meta: dict[str, Any], ready_fd: int
) -> None:
    """Runs in the forked child: unmarshals this test's input, says so with one byte on
    ready_fd and closes it, then runs the test; never returns."""
    outcome: dict[str, Any] = {}

    def body() -> None:
        try:
            case_input = marshal.loads(raw_input)
            os.write(ready_fd, b".")
            os.close(ready_fd)
            answer, elapsed = run_case(code, entry, case_input)
            payload = wire.dumps(answer)
            outcome["header"] = {"status": "ok", "time_ns": elapsed}
            outcome["payload"] = payload
        except BaseException as error:
            outcome["header"] = _header_for(error)

    try:
        sys.stderr = sys.stdout  # one buffer, so prints and warnings keep their order
        sys.setrecursionlimit(int(meta.get("recursion_limit", 100_000)))
        _call_with_deep_stack(body, int(meta["stack_bytes"]))
        header = outcome.get(
            "header", {"status": "exception", "type": "SystemExit", "message": "", "line": None}
        )
        payload = outcome.get("payload", b"")
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os.write(result_fd, json.dumps(header).encode() + b"\n")
        view = memoryview(payload)
        while view:
            written = os.write(result_fd, view[: 1 << 20])
            view = view[written:]
    except MemoryError:
        try:
            os.write(result_fd, b'{"status": "memory"}\n')
        except BaseException:
            pass
    finally:
        os._exit(0)
