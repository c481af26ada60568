"""The client side of `judge serve`: hand one `judge run` to a running server.

When `judge serve` listens on `<cache>/serve.sock`, `judge run ...` connects and sends
its arguments, working folder and environment, and passes its own stdin, stdout and
stderr along (SCM_RIGHTS), so the server's worker writes straight to this terminal. The
wire format is in `wire`. Standard library only, so handing a run over costs no imports.
"""

from __future__ import annotations

import os
import socket
import sys

from .wire import LENGTH, RETRY, decode_exit, encode_request

NO_ANSWER_EXIT = 3
TOP_OPTIONS_WITH_VALUE = frozenset({"--problems"})


def forwardable(argv: list[str]) -> bool:
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
        code = decode_exit(line)
        if code is not None:
            return code
        if not line:
            if interrupted:
                return 130
            print("Error: the judge server stopped during the run; run it again", file=sys.stderr)
            return NO_ANSWER_EXIT
