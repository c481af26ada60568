"""Session fixtures for the Docker tier: a real engine, the runner image, one sandbox.

Nothing here skips. Without an engine every test of this tier errors with the judge's
own message, because CI installs and starts Docker for it (`make test-docker`).
The cache lives in the session's temporary folder (`cache_dir`, tests/conftest.py), and
subprocesses get it as JUDGE_CACHE_DIR.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from judging_support import ECHO_SUM, SANDBOX_PROBE, FileJudge, leftover_containers, load_fixture

from judge.bank.model import Problem
from judge.errors import JudgeError
from judge.sandbox.docker_image import build
from judge.sandbox.docker_sandbox import DockerSandbox, connect


@pytest.fixture(scope="session")
def docker_client() -> Any:
    try:
        return connect()
    except JudgeError as error:
        pytest.fail(f"the Docker tier needs a running engine: {error}", pytrace=False)


@pytest.fixture(scope="session")
def runner_image(docker_client: Any) -> str:
    """The runner image for the harness in this checkout (built when missing; idempotent)."""
    return build(docker_client, print)


@pytest.fixture(scope="session")
def sandbox(docker_client: Any, runner_image: str) -> DockerSandbox:
    return DockerSandbox(runner_image, docker_client)


@pytest.fixture(scope="session")
def echo_sum() -> Problem:
    return load_fixture(ECHO_SUM)


@pytest.fixture(scope="session")
def sandbox_probe() -> Problem:
    return load_fixture(SANDBOX_PROBE)


@pytest.fixture(scope="session")
def judge_file(sandbox: DockerSandbox, cache_dir: Path, echo_sum: Problem) -> FileJudge:
    """judge_file(source, problem=echo_sum) -> Report, judged in a real container;
    judge_file.deadline(problem) is the host's budget for such a run."""
    judge = FileJudge(sandbox, cache_dir)
    judge.job(echo_sum)  # derive and cache the time limit before any test is timed
    return judge


@pytest.fixture()
def leftovers(docker_client: Any, sandbox: DockerSandbox) -> Callable[[], list[Any]]:
    """leftovers() -> containers still labelled with this session's owner."""
    return lambda: leftover_containers(docker_client, sandbox.owner)


@pytest.fixture(scope="session")
def cli_env(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment for `judge` subprocesses: this session's cache, a progress store of
    their own (never the user's), no colours."""
    data_dir = tmp_path_factory.mktemp("cli-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    env.update({"JUDGE_CACHE_DIR": str(cache_dir), "JUDGE_DATA_DIR": str(data_dir), "NO_COLOR": "1"})
    return env
