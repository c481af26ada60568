"""The `judge` entry point: hand `judge run` to a running `judge serve`, else run in-process.

When `judge serve` listens on `<cache>/serve.sock`, `judge run ...` connects and sends
its arguments, working folder and environment, and passes its own stdin, stdout and
stderr along (SCM_RIGHTS), so the server's worker writes straight to this terminal:

    client -> server   4-byte length + fds 0, 1, 2 (SCM_RIGHTS), then the request:
                       cwd \\0 argc \\0 argv... \\0 NAME=value...   (UTF-8, surrogateescape)
    server -> client   "exit <code>\\n"   when the run is done
                       "retry\\n"         declined (its code is out of date): judge here

Ctrl-C here closes the connection's sending side; the worker sees that (as it would
if this process were killed), cleans up as an in-process run would, and answers 130.
Anything else (every other command, `--help`, no server, a stale socket,
JUDGE_SERVER=off) runs in this process, exactly as before. This module imports only the
standard library, so handing a run over costs no imports.
"""

from __future__ import annotations

import os
import socket
import struct
import sys

from .locations import server_socket, server_switch

LENGTH = struct.Struct("!I")
NO_ANSWER_EXIT = 3
RETRY = b"retry\n"
TOP_OPTIONS_WITH_VALUE = frozenset({"--problems"})


def main() -> None:
    argv = sys.argv[1:]
    if _forwardable(argv) and server_switch() != "off":
        code = forward(argv, server_socket())
        if code is not None:
            sys.exit(code)
    from .cli import main as cli_main

    cli_main()


def _forwardable(argv: list[str]) -> bool:
    """Only `judge [--problems P] run ...` (without --help) goes to the server."""
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        if argv[index] in TOP_OPTIONS_WITH_VALUE:
            index += 1
        elif not argv[index].startswith("--problems="):
            return False
        index += 1
    rest = argv[index:]
    return bool(rest) and rest[0] == "run" and "--help" not in rest and "-h" not in rest


def forward(argv: list[str], path: str) -> int | None:
    """The exit code of the run judged by the server at path; None when none answers
    (or it declines), and the run is to be judged in this process."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            conn.connect(path)
            payload = encode_request(argv, os.getcwd(), dict(os.environ))
            socket.send_fds(conn, [LENGTH.pack(len(payload))], [0, 1, 2])
            conn.sendall(payload)
        except OSError:
            return None  # no server, or a stale socket: judge in-process
        return _wait_for_exit(conn)
    finally:
        conn.close()


def _wait_for_exit(conn: socket.socket) -> int | None:
    replies, interrupted = conn.makefile("rb"), False
    while True:
        try:
            line = replies.readline()
        except KeyboardInterrupt:
            if interrupted:
                return 130  # a second Ctrl-C: stop waiting
            interrupted = True
            try:
                conn.shutdown(socket.SHUT_WR)  # the worker stops, cleans up and answers
            except OSError:
                pass
            continue
        except OSError:
            line = b""
        if line == RETRY:
            return None
        code = _exit_code(line)
        if code is not None:
            return code
        if not line:
            if interrupted:
                return 130
            print("Error: the judge server stopped during the run; run it again", file=sys.stderr)
            return NO_ANSWER_EXIT


def _exit_code(line: bytes) -> int | None:
    word, _, value = line.strip().partition(b" ")
    return int(value) if word == b"exit" and value.lstrip(b"-").isdigit() else None


def encode_request(argv: list[str], cwd: str, env: dict[str, str]) -> bytes:
    """NUL-separated, as POSIX keeps arguments and environments (neither can hold NUL)."""
    fields = [cwd, str(len(argv)), *argv, *(f"{name}={value}" for name, value in env.items())]
    return "\0".join(fields).encode("utf-8", "surrogateescape")


def decode_request(payload: bytes) -> tuple[list[str], str, dict[str, str]]:
    """(argv, cwd, env); ValueError when it is malformed."""
    fields = payload.decode("utf-8", "surrogateescape").split("\0")
    if len(fields) < 2 or not fields[1].isdigit() or len(fields) < 2 + int(fields[1]):
        raise ValueError("malformed request")
    count = int(fields[1])
    argv, variables = fields[2 : 2 + count], fields[2 + count :]
    env = dict(item.split("=", 1) for item in variables if "=" in item)
    return argv, fields[0], env
