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

from . import prelude, shapes, stack, wire
from .usage import UNTRACED, Usage

CHILD_STATUSES = frozenset({"ok", "exception", "memory", "missing_entry", "bad_answer"})
SOURCE_NAME = "solution.py"
RESULT_FD, READY_FD, STACK_FD = 3, 4, 5  # as the parent's testrun.py sets them up
FRAMES_KEPT = 8


class MissingEntry(Exception):
    """The solution does not define what the problem asks for."""


def run_case(code: Any, entry: dict[str, Any], case_input: Any, usage: Usage = UNTRACED) -> tuple[Any, int]:
    """Execute the module, call the entry point on the input; (plain answer, call time in ns).
    With a tracing usage, its peak_bytes is what the calls allocated (usage.py).

    Used in the sandbox for candidates and on the host for the reference.
    """
    namespace = prelude.namespace()
    exec(code, namespace)
    if entry["kind"] == "design":
        return _run_design(namespace, entry, case_input, usage)
    return _run_function(namespace, entry, case_input, usage)


def _defined(namespace: dict[str, Any], name: str) -> Any:
    """What the solution itself bound to name; a predefined LeetCode name does not count."""
    value = namespace.get(name)
    return None if value is not None and value is prelude.predefined(name) else value


def _resolve_function(namespace: dict[str, Any], name: str) -> Callable[..., Any]:
    """Solution.name, else a top-level name, else (a pasted LeetCode solution whose method
    is named differently) the one public method of class Solution."""
    solution_class = _defined(namespace, "Solution")
    if isinstance(solution_class, type) and hasattr(solution_class, name):
        return getattr(solution_class(), name)  # type: ignore[no-any-return]
    function = _defined(namespace, name)
    if callable(function):
        return function  # type: ignore[no-any-return]
    if isinstance(solution_class, type):
        public = [n for n, v in vars(solution_class).items() if callable(v) and not n.startswith("_")]
        if len(public) == 1:
            return getattr(solution_class(), public[0])  # type: ignore[no-any-return]
        if public:
            found = ", ".join(f"`{n}`" for n in public)
            raise MissingEntry(
                f"class Solution has methods {found} but none is `{name}`: name the one to judge `{name}`"
            )
    raise MissingEntry(f"define a function `{name}` or a method `{name}` on class Solution")


def _run_function(
    namespace: dict[str, Any], entry: dict[str, Any], case_input: Any, usage: Usage
) -> tuple[Any, int]:
    target = _resolve_function(namespace, entry["name"])
    params = entry["params"]
    args = _function_arguments(params, case_input)
    usage.start()
    started = time.perf_counter_ns()
    returned = target(*args)
    elapsed = time.perf_counter_ns() - started
    usage.stop()
    output = entry.get("output", "return")
    if entry.get("answer") == "node-index":
        first = next(a for a, p in zip(args, params, strict=True) if wire.kind_of(p.get("type")) == "list")
        return shapes.node_index(returned, first), elapsed
    if output == "return":
        return wire.encode(returned, entry.get("returns")), elapsed
    index = [p["name"] for p in params].index(entry["argument"])
    mutated = wire.encode(args[index], params[index].get("type"))
    if output == "argument":
        return mutated, elapsed
    return [wire.encode(returned, entry.get("returns")), mutated], elapsed


def _function_arguments(params: list[dict[str, Any]], case_input: Any) -> list[Any]:
    """Each argument built from its JSON; a `node_of` one is then the node it names."""
    built = {p["name"]: _argument(case_input[p["name"]], p.get("type")) for p in params if "node_of" not in p}
    for param in params:
        if "node_of" in param:
            owner = next(p for p in params if p["name"] == param["node_of"])
            kind = wire.kind_of(owner.get("type"))
            built[param["name"]] = shapes.node_of(built[owner["name"]], case_input[param["name"]], kind)
    return [built[p["name"]] for p in params]


def _argument(value: Any, type_text: str | None) -> Any:
    if isinstance(value, dict) and wire.kind_of(type_text) == "list":  # values and a cycle
        return shapes.build_cycle_list(value)
    return wire.build_argument(value, type_text)


def _run_design(
    namespace: dict[str, Any], entry: dict[str, Any], case_input: Any, usage: Usage
) -> tuple[Any, int]:
    cls = _design_class(namespace, entry)
    methods = entry["methods"]
    ops, all_args = case_input["ops"], case_input["args"]
    constructor = entry.get("constructor", [])
    clock = time.perf_counter_ns
    usage.start()  # the answers the sequence returns are counted too
    started = clock()
    instance = cls(*_arguments(all_args[0], constructor))
    elapsed = clock() - started
    # what each method needs, worked out once rather than per call (10^5 calls a test)
    plain = {name: _all_plain(spec["params"]) for name, spec in methods.items()}
    returns = {name: spec.get("returns") for name, spec in methods.items()}
    encode = wire.encode
    answers: list[Any] = [None]
    chained: list[Any] | None = [None] if entry.get("chain") else None  # raw returns, for {"result_of": k}
    for op, raw_args in zip(ops[1:], all_args[1:], strict=True):
        args = raw_args if plain[op] else _arguments(raw_args, methods[op]["params"])
        if chained is not None:
            args = [_result_of(a, chained) for a in args]
        method = getattr(instance, op)
        started = clock()
        returned = method(*args)
        elapsed += clock() - started
        answers.append(encode(returned, returns[op]))
        if chained is not None:
            chained.append(returned)
    usage.stop()
    return answers, elapsed


def _result_of(arg: Any, returns: list[Any]) -> Any:
    """{"result_of": k}: what call k returned, as it returned it (a round trip: the
    deserialiser gets exactly what the serialiser made)."""
    if isinstance(arg, dict) and set(arg) == {"result_of"}:
        index = arg["result_of"]
        if type(index) is int and 0 < index < len(returns):
            return returns[index]
    return arg


def _design_class(namespace: dict[str, Any], entry: dict[str, Any]) -> Any:
    cls = _defined(namespace, entry["name"])
    if not isinstance(cls, type):
        raise MissingEntry(f"define a class `{entry['name']}`")
    missing = [m for m in entry["methods"] if not callable(getattr(cls, m, None))]
    if missing:
        wanted = ", ".join(f"`{m}`" for m in entry["methods"])
        raise MissingEntry(f"class `{entry['name']}` has no method `{missing[0]}` (it needs {wanted})")
    return cls


def load_check(code: Any, entry: dict[str, Any]) -> None:
    """Run the module and find the entry point, as every test will; raises what they would."""
    namespace = prelude.namespace()
    exec(code, namespace)
    if entry["kind"] == "design":
        _design_class(namespace, entry)
    else:
        _resolve_function(namespace, entry["name"])


def _arguments(raw_args: list[Any], params: list[dict[str, Any]]) -> list[Any]:
    return [wire.build_argument(a, p.get("type")) for a, p in zip(raw_args, params, strict=False)]


def _all_plain(params: list[dict[str, Any]]) -> bool:
    """No argument needs building (no ListNode or TreeNode): the raw values are passed."""
    return all(wire.kind_of(p.get("type")) == "json" for p in params)


def _candidate_frames(error: BaseException) -> list[list[Any]]:
    """(line, function) of the candidate's own frames in the traceback, outermost first."""
    return [
        [lineno, frame.f_code.co_name]
        for frame, lineno in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename == SOURCE_NAME
    ]


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
    frames = _candidate_frames(error)
    line = getattr(error, "lineno", None) if isinstance(error, SyntaxError) else None
    return {
        "status": "exception",
        "type": type(error).__name__,
        "message": message,
        "line": frames[-1][0] if frames else line,
        "frames": frames[-FRAMES_KEPT:],
        "depth": len(frames),
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


def child_main(code: Any, entry: dict[str, Any], raw_input: bytes | None, meta: dict[str, Any]) -> None:
    """Runs in the forked child: unmarshals this test's input, says so with one byte on
    READY_FD and closes it, then runs the test (or, with no input, only loads the module
    and finds the entry point); writes the result to RESULT_FD; never returns."""
    outcome: dict[str, Any] = {}

    def body() -> None:
        try:
            case_input = marshal.loads(raw_input) if raw_input is not None else None
            os.write(READY_FD, b".")
            os.close(READY_FD)
            if case_input is None:
                load_check(code, entry)
                outcome["header"] = {"status": "ok"}
                return
            usage = Usage(bool(meta.get("trace_memory")))
            answer, elapsed = run_case(code, entry, case_input, usage)
            payload = wire.dumps(answer)
            outcome["header"] = {"status": "ok", "time_ns": elapsed}
            if usage.peak_bytes is not None:
                outcome["header"]["peak_bytes"] = usage.peak_bytes
            outcome["payload"] = payload
        except BaseException as error:
            outcome["header"] = _header_for(error)

    try:
        stack.install(STACK_FD)
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
        os.write(RESULT_FD, json.dumps(header).encode() + b"\n")
        view = memoryview(payload)
        while view:
            written = os.write(RESULT_FD, view[: 1 << 20])
            view = view[written:]
    except MemoryError:
        try:
            os.write(RESULT_FD, b'{"status": "memory"}\n')
        except BaseException:
            pass
    finally:
        os._exit(0)
