"""The Docker implementation of the sandbox: one fresh hardened container per job.

    host temp dir (mode 0755, neutral name)  --bind, read-only-->  /job
        meta.json  cases.json  solution.py
    container stdout (the harness's framed records) --attach stream, capped--> host

The host owns the deadline: a timer kills the container when it passes. The container
is removed on every path (a `finally`, Ctrl-C included), and containers left by a judge
that was itself killed are swept by owner label on the next start. Engine failures
during a run raise `SandboxError` (graded JE); a missing engine or image raises
`SandboxUnavailable`.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import docker
import docker.errors
import requests.exceptions
from docker.types import LogConfig, Mount, Ulimit

from ..errors import SandboxError, SandboxUnavailable
from . import RunOutcome, RunRequest
from .settings import LABEL, container_settings

ENGINE_HINT = (
    "start a Docker engine (Debian, as root: `apt-get install -y docker.io && dockerd &`) "
    "or point DOCKER_HOST at one"
)
STDERR_CAP = 64 << 10
_ENGINE_ERRORS = (docker.errors.DockerException, requests.exceptions.RequestException, OSError)


def connect(timeout: int = 60) -> Any:
    """A docker client that has answered a ping; SandboxUnavailable otherwise."""
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
    except _ENGINE_ERRORS as error:
        raise SandboxUnavailable(f"no Docker engine answers ({_short(error)}); {ENGINE_HINT}") from None
    return client


def owner_label() -> str:
    """host/pid/start-time of this process: unique, and checkable for liveness."""
    return f"{socket.gethostname()}/{os.getpid()}/{_start_time(os.getpid())}"


def _start_time(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return "?"


def _owner_alive(label: str) -> bool:
    host, _, rest = label.partition("/")
    pid_text, _, started = rest.partition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # not ours to judge
    return _start_time(int(pid_text)) == started


class DockerSandbox:
    def __init__(self, image: str, client: Any | None = None, work_dir: Path | None = None) -> None:
        self.image = image
        self.client = client if client is not None else connect()
        self.owner = owner_label()
        self.work_dir = work_dir  # where per-run job folders go (default: the system temp dir)

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
            if _owner_alive((item.get("Labels") or {}).get(LABEL, "")):
                continue
            try:
                api.remove_container(item["Id"], force=True)
                removed += 1
            except _ENGINE_ERRORS:
                pass
        return removed

    def run(self, request: RunRequest) -> RunOutcome:
        job_dir = Path(tempfile.mkdtemp(prefix="job-", dir=self.work_dir))
        container = None
        try:
            _write_job(job_dir, request.files)
            container = self._create(job_dir, request)
            return _execute(container, request)
        except _ENGINE_ERRORS as error:
            raise SandboxError(f"the Docker engine failed during the run ({_short(error)})") from None
        finally:
            if container is not None:
                _remove(container)
            shutil.rmtree(job_dir, ignore_errors=True)

    def _create(self, job_dir: Path, request: RunRequest) -> Any:
        labels = {LABEL: self.owner, **request.labels}
        settings = container_settings(self.image, str(job_dir), request.memory_mb, labels)
        settings["mounts"] = [Mount(**m) for m in settings["mounts"]]
        settings["ulimits"] = [Ulimit(**u) for u in settings["ulimits"]]
        settings["log_config"] = LogConfig(**settings["log_config"])
        try:
            return self.client.containers.create(**settings)
        except docker.errors.ImageNotFound:
            raise SandboxUnavailable(
                f"runner image {self.image} is missing; build it with `judge sandbox build`"
            ) from None


def _write_job(job_dir: Path, files: dict[str, bytes]) -> None:
    job_dir.chmod(0o755)
    for name, content in files.items():
        path = job_dir / name
        path.write_bytes(content)
        path.chmod(0o644)


def _execute(container: Any, request: RunRequest) -> RunOutcome:
    api = container.client.api
    stream = api.attach(container.id, stdout=True, stderr=True, stream=True, demux=True, logs=True)
    started = time.monotonic()
    container.start()
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        _kill(container)

    timer = threading.Timer(request.deadline_s, kill)
    timer.daemon = True
    timer.start()
    out, err, capped, stopped = bytearray(), bytearray(), False, False
    try:
        for stdout_chunk, stderr_chunk in stream:
            if stdout_chunk:
                out += stdout_chunk
                if len(out) > request.output_cap:
                    capped = True
                    break
                if request.watch is not None and request.watch(out):
                    stopped = True
                    break
            if stderr_chunk and len(err) < STDERR_CAP:
                err += stderr_chunk[: STDERR_CAP - len(err)]
    finally:
        timer.cancel()
        stream.close()  # an open attach stream would stall kill, wait and remove
    if capped or stopped:
        _kill(container)
    status = container.wait(timeout=request.deadline_s + 30)
    wall = time.monotonic() - started
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


def _kill(container: Any) -> None:
    try:
        container.kill()
    except _ENGINE_ERRORS:
        pass


def _remove(container: Any) -> None:
    try:
        container.remove(force=True)
    except docker.errors.NotFound:
        pass
    except _ENGINE_ERRORS:
        time.sleep(0.2)
        try:
            container.remove(force=True)
        except _ENGINE_ERRORS:
            pass


def _short(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]
