"""Where things live, read once from the environment and passed in (never a global)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import locations

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    problems_dir: Path
    patterns_dir: Path
    cache_dir: Path
    data_dir: Path | None = None  # the progress store's folder (None: the user's data folder)

    @classmethod
    def from_env(cls, problems_dir: Path | None = None) -> Settings:
        """$JUDGE_HOME (default: this checkout) holds problems/ and patterns/;
        $JUDGE_PROBLEMS or --problems moves the bank; $JUDGE_CACHE_DIR the cache;
        $JUDGE_DATA_DIR the progress store."""
        root = Path(os.environ.get("JUDGE_HOME", REPO_ROOT))
        problems = problems_dir or Path(os.environ.get("JUDGE_PROBLEMS", root / "problems"))
        data = os.environ.get("JUDGE_DATA_DIR")
        return cls(
            problems_dir=problems,
            patterns_dir=root / "patterns",
            cache_dir=Path(locations.cache_dir()),
            data_dir=Path(data) if data else None,
        )

    @property
    def server_socket(self) -> Path:
        return self.cache_dir / locations.SERVER_SOCKET
