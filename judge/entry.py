"""The `judge` command: hand `judge run` to a running `judge serve`, else run the CLI here.

Standard library only until it decides: a run handed to a server imports nothing else.
Every other command, `--help`, no server, a stale socket or JUDGE_SERVER=off runs the
CLI (`judge.cli`) in this process.
"""

from __future__ import annotations

import sys

from .locations import server_socket, server_switch
from .serve.client import forward, forwardable


def main() -> None:
    argv = sys.argv[1:]
    if forwardable(argv) and server_switch() != "off":
        code = forward(argv, server_socket())
        if code is not None:
            sys.exit(code)
    from .cli import main as cli_main

    cli_main()
