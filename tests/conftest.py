"""Shared by every tier: a private cache and progress store, no stray settings from the environment, and
deterministic Hypothesis runs (set HYPOTHESIS_PROFILE=explore for random ones)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", database=None, deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the session: it is keyed by content, so tests can share it."""
    return tmp_path_factory.mktemp("judge-cache")


@pytest.fixture
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each test's own progress store: recorded attempts never reach the user's, nor the
    next test (a recorded run would mark `judge list`)."""
    return tmp_path_factory.mktemp("judge-data")


@pytest.fixture(autouse=True)
def _judge_env(monkeypatch: pytest.MonkeyPatch, cache_dir: Path, data_dir: Path) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("JUDGE_DATA_DIR", str(data_dir))
    for name in ("JUDGE_HOME", "JUDGE_PROBLEMS", "JUDGE_DEBUG", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
