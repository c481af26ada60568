"""The hardening, seen from inside a real container and from the engine's own record.

The probe is a submission of the fixture problem hashing/002 (sandbox-probe) that returns
what it observes as its (wrong) answer; the report's first sample carries it back as
`detail.got`. The expected values come from `judge.sandbox.settings`, so a changed
setting that the engine does not apply shows up here. No test sends any traffic: the
network is checked through the interfaces the container has and its NetworkMode.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from judging_support import SANDBOX_PROBE, FileJudge

from judge.bank.model import Problem
from judge.judging.policy import DEFAULT
from judge.judging.verdict import Verdict
from judge.sandbox.docker_sandbox import DockerSandbox
from judge.sandbox.settings import LABEL, PIDS_LIMIT, USER, container_settings

pytestmark = pytest.mark.docker

PROBE = SANDBOX_PROBE / "submissions" / "wrong_answer" / "reports_sandbox_facts.py"
MEMORY_MB = 128  # hashing/002's limits.memory_mb
SETTINGS = container_settings("probe", MEMORY_MB, DEFAULT.stack_bytes, {})
NOBODY = int(USER.split(":")[0])
EXPECTED_ENVIRONMENT = ["HOME", "HOSTNAME", "LANG", "PATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHASHSEED"]
# Kernel filesystems: nothing of the host's files can be behind them.
VIRTUAL_FSTYPES = {"proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "mqueue", "cgroup", "cgroup2"}
# Files the engine itself bind-mounts into every container (from its own state folder).
ENGINE_FILES = {"/etc/hostname", "/etc/hosts", "/etc/resolv.conf"}
_SIZES = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def _tmpfs_options(mount_point: str) -> dict[str, str]:
    options = SETTINGS["tmpfs"][mount_point].split(",")
    return dict(option.partition("=")[::2] for option in options)


def _bytes(size: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kmg]?)", size.lower()).groups()  # type: ignore[union-attr]
    return int(number) * _SIZES.get(unit, 1)


@pytest.fixture(scope="module")
def facts(judge_file: FileJudge, sandbox_probe: Problem) -> dict[str, Any]:
    assert sandbox_probe.limits.memory_mb == MEMORY_MB
    report = judge_file(PROBE.read_bytes(), sandbox_probe)
    first = report.results[0]
    assert first.verdict is Verdict.WA and first.detail is not None, (first.verdict, first.message)
    got: dict[str, Any] = first.detail.got
    return got


def test_no_capabilities_at_all(facts: dict[str, Any]) -> None:
    for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(facts["status"][key], 16) == 0, key


def test_no_new_privileges_and_the_default_seccomp_filter(facts: dict[str, Any]) -> None:
    assert facts["status"]["NoNewPrivs"] == "1"
    assert facts["status"]["Seccomp"] == "2"  # 2 = filter mode


def test_runs_as_nobody(facts: dict[str, Any]) -> None:
    assert [facts[k] for k in ("uid", "euid", "gid", "egid")] == [NOBODY] * 4
    assert facts["status"]["Uid"].split() == [str(NOBODY)] * 4
    assert set(facts["groups"]) <= {NOBODY}


def test_only_the_loopback_interface(facts: dict[str, Any]) -> None:
    assert facts["interfaces"] == ["lo"]


def test_root_and_etc_are_read_only(facts: dict[str, Any]) -> None:
    assert facts["write_root"] == facts["write_etc"] == "EROFS"
    assert "ro" in facts["mounts"]["/"]["options"]


def test_nothing_from_the_host_is_mounted(facts: dict[str, Any]) -> None:
    file_backed = {
        point for point, mount in facts["mounts"].items() if mount["fstype"] not in VIRTUAL_FSTYPES
    }

    assert file_backed - {"/"} <= ENGINE_FILES, file_backed
    assert "/job" not in facts["mounts"]
    assert facts["job_exists"] is False


def test_tmp_is_a_small_tmpfs_with_an_inode_cap(facts: dict[str, Any]) -> None:
    wanted = _tmpfs_options("/tmp")
    tmp = facts["mounts"]["/tmp"]
    assert tmp["fstype"] == "tmpfs"
    assert {"noexec", "nosuid", "nodev"} <= set(tmp["options"])
    assert f"nr_inodes={wanted['nr_inodes']}" in tmp["super"]
    assert facts["tmp"] == {"bytes": _bytes(wanted["size"]), "inodes": int(wanted["nr_inodes"])}
    assert facts["write_tmp"] == "written"


def test_dev_shm_is_tiny(facts: dict[str, Any]) -> None:
    shm = facts["mounts"]["/dev/shm"]
    assert shm["fstype"] == "tmpfs"
    assert f"size={_bytes(SETTINGS['shm_size']) >> 10}k" in shm["super"]


def test_pids_and_memory_limits_as_configured(facts: dict[str, Any]) -> None:
    cgroup = facts["cgroup"]
    pids = cgroup.get("/sys/fs/cgroup/pids/pids.max", cgroup.get("/sys/fs/cgroup/pids.max"))
    memory = cgroup.get(
        "/sys/fs/cgroup/memory/memory.limit_in_bytes", cgroup.get("/sys/fs/cgroup/memory.max")
    )
    assert pids == str(PIDS_LIMIT)
    assert memory == str(MEMORY_MB << 20)
    if "/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes" in cgroup:  # v1 with swap accounting
        assert cgroup["/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes"] == str(MEMORY_MB << 20)
    if "/sys/fs/cgroup/memory.swap.max" in cgroup:  # v2
        assert cgroup["/sys/fs/cgroup/memory.swap.max"] == "0"


def test_resource_limits_as_configured(facts: dict[str, Any]) -> None:
    for ulimit in SETTINGS["ulimits"]:
        if ulimit["name"] in facts["rlimits"]:
            assert facts["rlimits"][ulimit["name"]] == [ulimit["soft"], ulimit["hard"]], ulimit["name"]


def test_environment_holds_only_the_expected_keys(facts: dict[str, Any]) -> None:
    assert facts["environment"] == EXPECTED_ENVIRONMENT


def test_the_result_stream_is_out_of_reach(facts: dict[str, Any]) -> None:
    assert facts["pid1_stdout"] in ("EACCES", "EPERM"), facts["pid1"]


def test_the_job_stream_is_out_of_reach(facts: dict[str, Any]) -> None:
    # The harness reads the job from its stdin before any test runs; a test gets /dev/null.
    assert facts["stdin"] == "/dev/null"
    assert facts["pid1_stdin"] in ("EACCES", "EPERM"), facts["pid1"]
    assert [arg for arg in facts["pid1"] if arg] == SETTINGS["command"]  # and no job argument


def test_no_docker_socket(facts: dict[str, Any]) -> None:
    assert facts["docker_socket"] == []


@pytest.fixture(scope="module")
def created(sandbox: DockerSandbox) -> Iterator[dict[str, Any]]:
    """The engine's record of a container made exactly as a run makes it (never started)."""
    container = sandbox._create(MEMORY_MB, DEFAULT.stack_bytes)
    try:
        container.reload()
        yield container.attrs
    finally:
        container.remove(force=True)


def test_host_config_is_hardened(created: dict[str, Any], sandbox: DockerSandbox) -> None:
    host = created["HostConfig"]
    assert host["NetworkMode"] == "none"
    assert host["Privileged"] is False
    assert host["CapDrop"] == ["ALL"]
    assert not host.get("CapAdd")
    assert host["ReadonlyRootfs"] is True
    assert "no-new-privileges" in host["SecurityOpt"]
    assert not any("unconfined" in option for option in host["SecurityOpt"])
    assert host["Memory"] == host["MemorySwap"] == MEMORY_MB << 20
    assert host["PidsLimit"] == PIDS_LIMIT
    assert bool(host.get("Init")) is SETTINGS["init"]  # no init: the harness is PID 1
    assert host["ShmSize"] == _bytes(SETTINGS["shm_size"])
    for mode in ("PidMode", "IpcMode", "UsernsMode", "UTSMode"):
        assert host.get(mode) != "host", mode
    assert not host.get("Binds") and not host.get("Devices") and not host.get("VolumesFrom")
    assert host["LogConfig"] == {"Type": "json-file", "Config": {"max-size": "1m", "max-file": "1"}}
    assert not host.get("Mounts") and not created.get("Mounts"), "nothing from the host is mounted"
    assert "docker.sock" not in json.dumps(created)


def test_container_config_is_hardened(created: dict[str, Any], sandbox: DockerSandbox) -> None:
    config = created["Config"]
    assert config["User"] == USER
    assert config["NetworkDisabled"] is True
    assert config["Labels"][LABEL] == sandbox.owner
    assert {entry.partition("=")[0] for entry in config["Env"]} <= set(EXPECTED_ENVIRONMENT)
    assert config["Cmd"] == SETTINGS["command"]
    assert (config["OpenStdin"], config["Tty"]) == (True, False)  # the job comes in on stdin
