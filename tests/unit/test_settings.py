"""The hardened container settings: every control of docs/security.md is present with its
value, and nothing that would weaken the sandbox is (settings.FORBIDDEN, privileged,
host namespaces, docker.sock, seccomp=unconfined, secrets in the environment)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from judge.judging.policy import DEFAULT
from judge.sandbox import settings
from judge.sandbox.settings import container_settings

IMAGE = "coding-judge-runner:test"
STACK = DEFAULT.stack_bytes
LABELS = {settings.LABEL: "host/123/456"}
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "KEY", "AWS", "DOCKER")
HOST_MODES = ("network_mode", "pid_mode", "ipc_mode", "userns_mode", "uts_mode", "cgroupns")


@pytest.fixture()
def config() -> dict[str, Any]:
    return container_settings(IMAGE, 128, STACK, LABELS)


def _ulimits(config: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {u["name"]: (u["soft"], u["hard"]) for u in config["ulimits"]}


def _tmpfs_options(config: dict[str, Any]) -> dict[str, str]:
    options = config["tmpfs"]["/tmp"].split(",")
    return dict(o.partition("=")[::2] for o in options)


# --- present, with the right values ----------------------------------------------------


def test_no_network(config: dict[str, Any]) -> None:
    assert config["network_mode"] == "none"
    assert config["network_disabled"] is True


def test_read_only_root_and_a_non_root_user(config: dict[str, Any]) -> None:
    assert config["read_only"] is True
    assert config["user"] == settings.USER == "65534:65534"
    assert not config["user"].startswith(("0:", "root"))


def test_no_capabilities_and_no_new_privileges(config: dict[str, Any]) -> None:
    assert config["cap_drop"] == ["ALL"]
    assert "no-new-privileges" in config["security_opt"]


def test_memory_without_swap(config: dict[str, Any]) -> None:
    assert re.fullmatch(r"\d+m", config["mem_limit"])
    assert config["mem_limit"] == config["memswap_limit"]


@pytest.mark.parametrize("memory_mb", [32, 256, 4096])
def test_the_memory_limit_is_the_requested_one(memory_mb: int) -> None:
    config = container_settings(IMAGE, memory_mb, STACK, LABELS)

    assert config["mem_limit"] == config["memswap_limit"] == f"{memory_mb}m"


def test_pids_and_cpu_are_limited(config: dict[str, Any]) -> None:
    assert config["pids_limit"] == settings.PIDS_LIMIT
    assert 0 < config["pids_limit"] <= 256
    assert config["nano_cpus"] == 1_000_000_000


def test_tmp_is_a_small_tmpfs_with_an_inode_cap(config: dict[str, Any]) -> None:
    assert set(config["tmpfs"]) == {"/tmp"}
    options = _tmpfs_options(config)

    assert options["size"] == "16m"
    assert options["nr_inodes"] == "1000"
    assert {"noexec", "nosuid", "nodev"} <= set(options)


def test_dev_shm_is_tiny(config: dict[str, Any]) -> None:
    assert config["shm_size"] == "1m"


def test_open_files_file_size_core_and_stack_are_limited(config: dict[str, Any]) -> None:
    limits = _ulimits(config)

    assert set(limits) >= {"nofile", "fsize", "core", "stack"}
    assert limits["nofile"] == (256, 256)
    assert limits["fsize"] == (10_000_000, 10_000_000)
    assert limits["core"] == (0, 0)
    assert limits["stack"] == (STACK, STACK)


def test_logs_are_capped(config: dict[str, Any]) -> None:
    assert config["log_config"]["type"] == "json-file"
    assert config["log_config"]["config"]["max-size"] == "1m"


def test_there_is_no_init_process(config: dict[str, Any]) -> None:
    # Deliberately False: the harness must be the container's PID 1 and non-dumpable, so
    # the kernel drops signals a candidate sends it and no child can reach its result
    # stream through /proc (judge/harness/__main__.py). docker-init as PID 1 would leave
    # the harness an ordinary, signalable process.
    assert config["init"] is False


def test_the_environment_holds_no_secrets(config: dict[str, Any]) -> None:
    environment = config["environment"]

    assert isinstance(environment, dict)
    assert not [k for k in environment if any(word in k.upper() for word in SECRET_WORDS)]
    assert environment["HOME"] == "/tmp"


def test_the_environment_is_not_inherited(config: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "do-not-leak")
    monkeypatch.setenv("GITHUB_TOKEN", "do-not-leak")

    fresh = container_settings(IMAGE, 128, STACK, LABELS)

    assert fresh["environment"] == config["environment"]
    assert "do-not-leak" not in repr(fresh)


def test_nothing_from_the_host_is_mounted(config: dict[str, Any]) -> None:
    # The job arrives on the harness's stdin, so the container needs no host path at all.
    assert not {"mounts", "volumes", "binds", "volumes_from"} & set(config)
    assert "/job" not in repr(config)


def test_stdin_is_open_for_the_job_without_a_tty(config: dict[str, Any]) -> None:
    assert config["stdin_open"] is True
    assert config["tty"] is False


def test_labels_are_copied_and_the_command_runs_the_harness(config: dict[str, Any]) -> None:
    assert config["labels"] == LABELS
    assert config["labels"] is not LABELS
    assert config["image"] == IMAGE
    assert config["command"] == ["python3", "-S", "-B", "-m", "judge_harness"]
    assert config["working_dir"] == settings.HARNESS_DIR
    assert config["detach"] is True


# --- absent -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", settings.FORBIDDEN)
def test_a_forbidden_key_is_absent(config: dict[str, Any], key: str) -> None:
    assert key not in config


def test_forbidden_lists_the_dangerous_keys() -> None:
    assert {"privileged", "cap_add", "pid_mode", "ipc_mode", "userns_mode", "devices"} <= set(
        settings.FORBIDDEN
    )


def test_nothing_is_privileged_or_added(config: dict[str, Any]) -> None:
    assert "privileged" not in config
    assert "cap_add" not in config
    assert "volumes" not in config
    assert "volumes_from" not in config
    assert "devices" not in config


def test_no_host_namespace(config: dict[str, Any]) -> None:
    for key in HOST_MODES:
        assert "host" not in str(config.get(key, "")), key


def test_the_docker_socket_is_never_mounted(config: dict[str, Any]) -> None:
    assert "docker.sock" not in repr(config)
    assert "/var/run" not in repr(config)


def test_seccomp_and_apparmor_are_not_disabled(config: dict[str, Any]) -> None:
    options = [o.replace(":", "=").replace(" ", "") for o in config["security_opt"]]

    assert not [o for o in options if o.startswith(("seccomp=unconfined", "apparmor=unconfined"))]
    assert not [o for o in options if o.startswith("label=disable")]
