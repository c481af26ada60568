"""The hardened container settings, as plain data (no `docker` import, unit-testable).

Each setting is explained in ../shared/reference/sandbox-hardening.md; in short: no
network, read-only root, non-root user, no capabilities, no new privileges, the
default seccomp profile, memory without swap, pids/CPU/file-size/open-file limits, a
small /tmp with an inode cap, a tiny /dev/shm, capped logs and an empty environment.
Nothing from the host is mounted: the job arrives on the harness's stdin.
"""

from __future__ import annotations

from typing import Any

LABEL = "io.coding-judge.owner"
HARNESS_DIR = "/opt/judge"
USER = "65534:65534"
PIDS_LIMIT = 64
FORBIDDEN = (
    "privileged",
    "cap_add",
    "pid_mode",
    "ipc_mode",
    "userns_mode",
    "uts_mode",
    "devices",
    "volumes_from",
)


def container_settings(
    image: str, memory_mb: int, stack_bytes: int, labels: dict[str, str]
) -> dict[str, Any]:
    """stack_bytes: RLIMIT_STACK, so deep recursion can run on the main thread."""
    memory = f"{memory_mb}m"
    return {
        "image": image,
        "command": ["python3", "-S", "-B", "-m", "judge_harness"],
        "working_dir": HARNESS_DIR,
        "user": USER,
        "network_mode": "none",
        "network_disabled": True,
        "read_only": True,
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "mem_limit": memory,
        "memswap_limit": memory,
        "pids_limit": PIDS_LIMIT,
        "nano_cpus": 1_000_000_000,
        "tmpfs": {"/tmp": "rw,noexec,nosuid,nodev,size=16m,nr_inodes=1000,mode=1777"},
        "shm_size": "1m",
        "ulimits": [
            {"name": "nofile", "soft": 256, "hard": 256},
            {"name": "fsize", "soft": 10_000_000, "hard": 10_000_000},
            {"name": "core", "soft": 0, "hard": 0},
            {"name": "stack", "soft": stack_bytes, "hard": stack_bytes},
        ],
        "log_config": {"type": "json-file", "config": {"max-size": "1m", "max-file": "1"}},
        "init": False,  # the harness is PID 1 and non-dumpable: see judge/harness/__main__.py
        "environment": {
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "HOME": "/tmp",
            "LANG": "C.UTF-8",
        },
        "labels": dict(labels),
        "stdin_open": True,  # the job is written to the harness's stdin
        "tty": False,
        "detach": True,
    }


BASE_IMAGE = "coding-judge-base:py3.11-bookworm"
RUNNER_REPOSITORY = "coding-judge-runner"
RUNNER_DOCKERFILE = """\
ARG BASE
FROM ${BASE}
COPY judge_harness /opt/judge/judge_harness
WORKDIR /opt/judge
USER 65534:65534
"""


def runner_image(harness_sources: dict[str, bytes]) -> str:
    """The runner image name, tagged by a hash of the harness and the recipe.

    A changed harness gets a new tag, so a stale image is never used by mistake.
    """
    import hashlib

    digest = hashlib.sha256(RUNNER_DOCKERFILE.encode() + BASE_IMAGE.encode())
    for name in sorted(harness_sources):
        digest.update(name.encode() + b"\0" + harness_sources[name] + b"\0")
    return f"{RUNNER_REPOSITORY}:{digest.hexdigest()[:12]}"
