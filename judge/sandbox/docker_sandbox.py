"""The Docker implementation of the sandbox: one fresh hardened container per job.

    create (stdin open) -> attach one socket (stdin + stdout + stderr) -> start
    -> write the job to stdin -> read framed stdout, capped -> wait -> remove

Nothing from the host is mounted. The harness waits for its job on stdin, so a
container can be started before the job exists (`prestart`): `judge serve` hands one
to the worker it forks (`warm=`), and `keep_ready` keeps some started ahead for a
command that judges many files. Every container still runs exactly one job.

The host owns the deadline: a timer kills the container when it passes. The container
is removed on every path (a `finally`, Ctrl-C included); a killed judge's containers are
swept by owner label on the next start. Engine failures during a run raise
`SandboxError` (graded JE); a missing engine or image raises `SandboxUnavailable`.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import docker
import docker.errors
import requests.exceptions
from docker.types import LogConfig, Ulimit
from docker.utils.socket import STDOUT, frames_iter

from ..errors import SandboxError, SandboxUnavailable
from . import RunOutcome, RunRequest
from .attach import Started, close_socket, raw_socket
from .owner import owner_alive, owner_label
from .ready_pool import ReadyPool
from .settings import LABEL, container_settings

ENGINE_HINT = (
    "start a Docker engine (Debian, as root: `apt-get install -y docker.io && dockerd &`) "
    "or point DOCKER_HOST at one"
)
STDERR_CAP = 64 << 10
_ENGINE_ERRORS = (docker.errors.DockerException, requests.exceptions.RequestException, OSError)


def connect(timeout: int = 60) -> Any:
    """A docker client that has answered a ping; SandboxUnavailable otherwise."""
    try:  # DOCKER_API_VERSION, as the docker CLI reads it, saves asking the engine
        client = docker.from_env(timeout=timeout, version=os.environ.get("DOCKER_API_VERSION") or None)
        client.ping()
    except _ENGINE_ERRORS as error:
        raise SandboxUnavailable(f"no Docker engine answers ({_short(error)}); {ENGINE_HINT}") from None
    return client


class DockerSandbox:
    """remove_later: remove each run's container on a (non-daemon) thread after the run
    returns, for a caller that answers first and waits for its threads before exiting
    (a `judge serve` worker)."""

    def __init__(
        self,
        image: str,
        client: Any | None = None,
        warm: Started | None = None,
        remove_later: bool = False,
    ) -> None:
        self.image = image
        self.client = client if client is not None else connect()
        self.owner = owner_label()
        self.warm = warm
        self.remove_later = remove_later
        self._lock = threading.Lock()
        self._running: dict[str, Any] = {}  # container id -> container, of runs under way
        self._cancelled = False
        self._pool: ReadyPool | None = None

    def cancel(self) -> None:
        """Stop every run under way now (their containers are killed, so each run returns
        at once; its caller discards the outcome) and refuse new runs: for a command that
        was interrupted while it judged on several threads."""
        with self._lock:
            self._cancelled = True
            running = list(self._running.values())
        for container in running:
            _kill(container)
        self.close()

    def keep_ready(self, count: int) -> None:
        """From now on keep count containers of each run's shape started ahead of their
        runs (`ready_pool`), until close(); for a command that judges many files."""
        with self._lock:
            if self._pool is None and count > 0 and not self._cancelled:
                self._pool = ReadyPool(self.prestart, _discard_started, count)

    def close(self) -> None:
        """Remove the containers started ahead and not used (idempotent)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def engine_env(self) -> dict[str, str]:
        """Variables that save a worker asking the engine what this process knows."""
        return {"DOCKER_API_VERSION": str(self.client.api.api_version)}

    def check_image(self) -> None:
        try:
            self.client.images.get(self.image)
        except docker.errors.ImageNotFound:
            raise SandboxUnavailable(
                f"runner image {self.image} is missing; build it with `judge sandbox build`"
            ) from None
        except _ENGINE_ERRORS as error:
            raise SandboxUnavailable(f"the Docker engine failed ({_short(error)}); {ENGINE_HINT}") from None

    def sweep(self) -> int:
        """Remove containers whose owning judge process is gone; returns how many."""
        removed = 0
        api = self.client.api
        try:  # the low-level list: no per-container inspect, which can block on a busy container
            listed = api.containers(all=True, filters={"label": LABEL})
        except _ENGINE_ERRORS:
            return 0
        for item in listed:
            if owner_alive((item.get("Labels") or {}).get(LABEL, "")):
                continue
            try:
                api.remove_container(item["Id"], force=True)
                removed += 1
            except _ENGINE_ERRORS:
                pass
        return removed

    def discard(self, container_id: str) -> None:
        """Remove a container by id; one that is gone already is fine."""
        _remove(self.client.containers.prepare_model({"Id": container_id}))

    def prestart(self, memory_mb: int, stack_bytes: int) -> Started:
        """A container waiting for its job; the caller removes it (or runs it)."""
        container = self._create(memory_mb, stack_bytes)
        try:
            sock = container.client.api.attach_socket(
                container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            )
            container.start()
        except BaseException:
            _remove(container)
            raise
        return Started(container, sock, memory_mb, stack_bytes)

    def run(self, request: RunRequest) -> RunOutcome:
        started = None
        try:
            if self._cancelled:
                raise SandboxError("the run was cancelled")
            started = (
                self._take_warm(request)
                or self._take_ready(request)
                or self.prestart(request.memory_mb, request.stack_bytes)
            )
            with self._lock:
                self._running[started.container.id] = started.container
                if self._cancelled:
                    _kill(started.container)
            return _execute(started, request)
        except _ENGINE_ERRORS as error:
            raise SandboxError(f"the Docker engine failed during the run ({_short(error)})") from None
        finally:
            if started is not None:
                with self._lock:
                    self._running.pop(started.container.id, None)
                close_socket(started.sock)
                if self.remove_later:
                    threading.Thread(target=_remove, args=(started.container,), name="remove").start()
                else:
                    _remove(started.container)

    def _take_warm(self, request: RunRequest) -> Started | None:
        """The handed-over container, if it fits this run and is still waiting; else None
        (and removed). Used once. The container is looked up with this process's client:
        the one that started it belongs to the server."""
        warm, self.warm = self.warm, None
        if warm is None:
            return None
        container = self.client.containers.prepare_model({"Id": warm.container.id})
        taken = Started(container, warm.sock, warm.memory_mb, warm.stack_bytes)
        fits = (warm.memory_mb, warm.stack_bytes) == (request.memory_mb, request.stack_bytes)
        if fits and _waiting(container) and container.attrs.get("Config", {}).get("Image") == self.image:
            return taken
        _discard_started(taken)
        return None

    def _take_ready(self, request: RunRequest) -> Started | None:
        """A container the pool started ahead for this shape, if one is and it still waits."""
        pool = self._pool
        started = None if pool is None else pool.take((request.memory_mb, request.stack_bytes))
        if started is None or _waiting(started.container):
            return started
        _discard_started(started)
        return None

    def _create(self, memory_mb: int, stack_bytes: int) -> Any:
        settings = container_settings(self.image, memory_mb, stack_bytes, {LABEL: self.owner})
        settings["ulimits"] = [Ulimit(**u) for u in settings["ulimits"]]
        settings["log_config"] = LogConfig(**settings["log_config"])
        try:
            return self.client.containers.create(**settings)
        except docker.errors.ImageNotFound:
            raise SandboxUnavailable(
                f"runner image {self.image} is missing; build it with `judge sandbox build`"
            ) from None


def _execute(started: Started, request: RunRequest) -> RunOutcome:
    container, sock = started.container, started.sock
    raw = raw_socket(sock)
    raw.settimeout(None)  # the deadline timer ends a silent run, not a socket timeout
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        _kill(container)

    timer = threading.Timer(request.deadline_s, kill)
    timer.daemon = True
    begun = time.monotonic()
    timer.start()
    try:
        raw.sendall(request.job)
    except OSError:
        pass  # the harness is gone already; what it wrote (if anything) says why
    out, err, capped, stopped = bytearray(), bytearray(), False, False
    try:
        for stream, chunk in frames_iter(sock, tty=False):  # type: ignore[no-untyped-call]
            if stream == STDOUT:
                out += chunk
                if len(out) > request.output_cap:
                    capped = True
                    break
                if request.watch is not None and request.watch(out, raw.sendall):
                    stopped = True
                    break
            elif len(err) < STDERR_CAP:
                err += chunk[: STDERR_CAP - len(err)]
    finally:
        timer.cancel()
        close_socket(sock)  # an open attach stream would stall kill, wait and remove
    if capped or stopped:
        _kill(container)
    status = container.wait(timeout=request.deadline_s + 30)
    wall = time.monotonic() - begun
    container.reload()
    state = container.attrs.get("State", {})
    return RunOutcome(
        stdout=bytes(out) if len(out) <= request.output_cap else bytes(memoryview(out)[: request.output_cap]),
        stderr=bytes(err),
        exit_code=status.get("StatusCode"),
        oom_killed=bool(state.get("OOMKilled")),
        timed_out=killed.is_set(),
        output_capped=capped,
        stopped_early=stopped,
        wall_s=wall,
    )


def _waiting(container: Any) -> bool:
    try:
        container.reload()
    except _ENGINE_ERRORS:
        return False
    return bool(container.status == "running")


def _discard_started(started: Started) -> None:
    close_socket(started.sock)
    _remove(started.container)


def _kill(container: Any) -> None:
    try:
        container.kill()
    except _ENGINE_ERRORS:
        pass


def _remove(container: Any) -> None:
    for pause in (0.0, 0.2):  # one retry: a busy engine may refuse the first
        time.sleep(pause)
        try:
            container.remove(force=True)
            return
        except docker.errors.NotFound:
            return
        except _ENGINE_ERRORS:
            pass


def _short(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]
