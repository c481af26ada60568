"""The layout is a contract: layers import only downward (import-linter, configured in
pyproject.toml), code that runs in the container or before the CLI loads imports only
the standard library, and no module grows past the size a reader can hold."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "judge"
MAX_LINES = 300
# Runs in the sandbox (the harness), or on every `judge` start before anything else loads.
STDLIB_ONLY = ["harness", "serve/wire.py", "serve/client.py", "entry.py", "locations.py"]


def test_the_import_contracts_hold() -> None:
    ran = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert "0 broken" in ran.stdout


def _modules(relative: str) -> list[Path]:
    path = PACKAGE / relative
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _imports(path: Path) -> list[tuple[str, int]]:
    """(top-level module, relative level) of every import in the file, lazy ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name.split(".")[0], 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append(((node.module or "").split(".")[0], node.level))
    return found


@pytest.mark.parametrize("relative", STDLIB_ONLY)
def test_code_that_must_start_fast_or_run_in_the_sandbox_uses_only_the_standard_library(
    relative: str,
) -> None:
    for path in _modules(relative):
        for module, level in _imports(path):
            if level or module == "__future__":
                continue  # relative imports are checked by the import contracts
            assert module in sys.stdlib_module_names, f"{path.relative_to(REPO_ROOT)} imports {module}"


def test_the_entry_point_imports_the_cli_only_when_it_runs_it() -> None:
    loaded = "sorted(m for m in sys.modules if m.startswith(('judge.cli', 'click')))"
    code = f"import sys, judge.entry; print({loaded})"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert ran.stdout.strip() == "[]", ran.stderr


def test_a_command_imports_only_its_own_module_of_commands(tmp_path: Path) -> None:
    """`judge next` must not pay for importing grade, stress or mutants (issue 14's 0.3 s)."""
    code = (
        "import sys\nfrom judge.cli import main\n"
        "try:\n    main(['next'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('judge.cli.')))"
    )
    env = {**os.environ, "JUDGE_DATA_DIR": str(tmp_path), "JUDGE_SERVER": "off"}
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    loaded = ran.stdout.rsplit("LOADED", 1)[-1]
    assert "judge.cli.progress_commands" in loaded, ran.stderr
    for heavy in ("grading", "stress_command", "analysis", "complexity_command", "maintenance"):
        assert f"judge.cli.{heavy}'" not in loaded


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    long = {
        str(path.relative_to(REPO_ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_there_is_no_grab_bag_module() -> None:
    assert not [p for p in PACKAGE.rglob("*.py") if p.stem in {"util", "utils", "helpers", "misc", "common"}]
