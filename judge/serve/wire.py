"""The wire between the `judge` client and `judge serve`: standard library only, imported
by both sides.

    client -> server   4-byte length + fds 0, 1, 2 (SCM_RIGHTS), then the request:
                       cwd \\0 argc \\0 argv... \\0 NAME=value...   (UTF-8, surrogateescape)
    server -> client   "exit <code>\\n"   when the run is done
                       "retry\\n"         declined (its code is out of date): judge here

Ctrl-C at the client closes the connection's sending side; the worker sees that (as it
would if the client were killed), cancels the run as an in-process run would be
cancelled, and answers 130.
"""

from __future__ import annotations

import struct

LENGTH = struct.Struct("!I")
RETRY = b"retry\n"
PAYLOAD_CAP = 16 << 20


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


def encode_exit(code: int) -> bytes:
    return f"exit {code}\n".encode()


def decode_exit(line: bytes) -> int | None:
    word, _, value = line.strip().partition(b" ")
    return int(value) if word == b"exit" and value.lstrip(b"-").isdigit() else None
