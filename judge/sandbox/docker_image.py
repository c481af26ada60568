"""Building the runner image: a Python base plus the harness, nothing else.

Two ways to get the base (`coding-judge-base:py3.11-bookworm`):

- offline (default): `mmdebstrap` builds a minimal Debian root filesystem from the
  machine's configured apt sources, setuid bits are stripped, and `docker import` turns
  the tarball into an image. Needs root and mmdebstrap; no registry.
- `--from-dockerfile`: `Dockerfile.base`, for machines that can pull `python:3.11-slim`.

The runner image adds only `judge_harness` (the files of `judge/harness`); it never
holds tests, expected answers or reference solutions.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docker.errors

from ..errors import JudgeError, SandboxUnavailable
from .settings import BASE_IMAGE, RUNNER_DOCKERFILE, runner_image

HARNESS_DIR = Path(__file__).resolve().parent.parent / "harness"
MMDEBSTRAP_PACKAGES = "python3-minimal,libpython3.11-stdlib"
Log = Callable[[str], None]


def harness_sources() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(HARNESS_DIR.glob("*.py"))}


def runner_image_name() -> str:
    return runner_image(harness_sources())


def image_exists(client: Any, name: str) -> bool:
    try:
        client.images.get(name)
    except docker.errors.ImageNotFound:
        return False
    return True


def build(client: Any, log: Log, from_dockerfile: bool = False, rebuild_base: bool = False) -> str:
    """Make sure the base and the runner image exist; returns the runner image name."""
    if rebuild_base or not image_exists(client, BASE_IMAGE):
        if from_dockerfile:
            _base_from_dockerfile(client, log)
        else:
            _base_offline(client, log)
    name = runner_image_name()
    if not image_exists(client, name):
        _runner(client, name, log)
    log(f"runner image ready: {name}")
    return name


def ensure_runner(client: Any, log: Log) -> str:
    """The runner image for this harness; built on the spot (a few seconds, offline) when
    only the base exists, so a changed harness never strands a user."""
    name = runner_image_name()
    if image_exists(client, name):
        return name
    if not image_exists(client, BASE_IMAGE):
        raise SandboxUnavailable(f"runner image {name} is missing; build it with `judge sandbox build`")
    _runner(client, name, log)
    return name


def _base_offline(client: Any, log: Log) -> None:
    if shutil.which("mmdebstrap") is None:
        raise SandboxUnavailable(
            "mmdebstrap is not installed; install it (`apt-get install -y mmdebstrap`) "
            "or use `judge sandbox build --from-dockerfile` where images can be pulled"
        )
    suite = _debian_suite()
    with tempfile.TemporaryDirectory(prefix="judge-rootfs-") as tmp:
        tarball = Path(tmp) / "rootfs.tar"
        command = [
            "mmdebstrap",
            "--quiet",
            "--variant=essential",
            f"--include={MMDEBSTRAP_PACKAGES}",
            "--dpkgopt=path-exclude=/usr/share/doc/*",
            "--dpkgopt=path-exclude=/usr/share/man/*",
            "--dpkgopt=path-exclude=/usr/share/locale/*",
            '--customize-hook=find "$1" -xdev -perm /6000 -type f -exec chmod a-s {} +',
            suite,
            str(tarball),
        ]
        log(f"building a {suite} root filesystem with mmdebstrap (about 30 s)")
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise JudgeError(f"mmdebstrap failed: {tail}; run it as root with working apt sources")
        log("importing the root filesystem into Docker")
        repository, tag = BASE_IMAGE.split(":")
        changes = [
            "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "USER 65534:65534",
        ]
        client.api.import_image_from_file(str(tarball), repository=repository, tag=tag, changes=changes)


def _debian_suite() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("VERSION_CODENAME="):
                return line.split("=", 1)[1].strip('"') or "bookworm"
    except OSError:
        pass
    return "bookworm"


def _base_from_dockerfile(client: Any, log: Log) -> None:
    log("building the base image from Dockerfile.base (pulls python:3.11-slim-bookworm)")
    context = Path(__file__).resolve().parent
    try:
        client.images.build(
            path=str(context), dockerfile="Dockerfile.base", tag=BASE_IMAGE, rm=True, pull=True
        )
    except docker.errors.BuildError as error:
        raise JudgeError(f"building the base image failed: {error}") from None


def _runner(client: Any, name: str, log: Log) -> None:
    log(f"building {name} (base + harness)")
    with tempfile.TemporaryDirectory(prefix="judge-runner-") as tmp:
        context = Path(tmp)
        (context / "Dockerfile").write_text(RUNNER_DOCKERFILE)
        target = context / "judge_harness"
        target.mkdir()
        for file_name, content in harness_sources().items():
            (target / file_name).write_bytes(content)
        try:
            client.images.build(
                path=str(context), tag=name, rm=True, pull=False, buildargs={"BASE": BASE_IMAGE}
            )
        except docker.errors.BuildError as error:
            raise JudgeError(f"building the runner image failed: {error}") from None
