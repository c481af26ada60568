"""Rewrite tests/docker/golden/*/expected.json from what the judge does now.

Run it after a deliberate change of verdicts or messages, then review the result with
`git diff tests/docker/golden`. The tests never run it.

    cd /work/main && .venv/bin/python tests/docker/regen_goldens.py [SCENARIO ...]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from judging_support import FileJudge, golden_of

from judge.sandbox.docker_image import build
from judge.sandbox.docker_sandbox import DockerSandbox, connect

GOLDEN = Path(__file__).resolve().parent / "golden"


def main(names: list[str]) -> int:
    folders = (
        [GOLDEN / name for name in names] if names else sorted(p for p in GOLDEN.iterdir() if p.is_dir())
    )
    client = connect()
    sandbox = DockerSandbox(build(client, print), client)
    with tempfile.TemporaryDirectory(prefix="judge-goldens-") as cache:
        judge = FileJudge(sandbox, Path(cache))
        for folder in folders:
            report = judge((folder / "solution.py").read_bytes())
            text = json.dumps(golden_of(report), indent=2, ensure_ascii=False) + "\n"
            (folder / "expected.json").write_text(text, encoding="utf-8")
            print(f"{folder.name}: {report.verdict.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
