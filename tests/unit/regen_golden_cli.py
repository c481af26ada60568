"""Rewrite tests/unit/golden_cli/*/expected.* from what `judge` prints now; review the diff.

cd <repo> && .venv/bin/python tests/unit/regen_golden_cli.py [SCENARIO ...]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from golden_cli_support import GOLDEN, run_scenario, scenarios


def main(names: list[str]) -> int:
    import os

    with tempfile.TemporaryDirectory(prefix="judge-golden-cli-") as cache:
        os.environ["JUDGE_CACHE_DIR"] = cache
        os.environ["JUDGE_DATA_DIR"] = cache  # no progress recorded in the user's store
        for name in names or scenarios():
            text, report = run_scenario(name)
            (GOLDEN / name / "expected.txt").write_text(text)
            if report is not None:
                (GOLDEN / name / "expected.json").write_text(json.dumps(report, indent=2) + "\n")
            print(f"{name}: {text.splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
