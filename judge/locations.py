"""Where the judge keeps its cache and the server's socket, from the environment.

Standard library `os` only: the thin client (`judge.serve.client`) needs the socket's path
before it decides whether to import anything else.
"""

from __future__ import annotations

import os

SERVER_SOCKET = "serve.sock"  # in the cache folder: where `judge serve` listens
SERVER_SWITCH = "JUDGE_SERVER"  # auto (the default) or off: whether `judge run` uses a server


def server_switch() -> str:
    return os.environ.get(SERVER_SWITCH, "auto")


def cache_dir() -> str:
    """$JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/coding-judge, else ~/.cache/coding-judge."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.environ.get("JUDGE_CACHE_DIR") or os.path.join(cache_home, "coding-judge")


def server_socket() -> str:
    return os.path.join(cache_dir(), SERVER_SOCKET)
