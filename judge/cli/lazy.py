"""The `judge` group loads a command's module only when that command runs: `judge next`
does not pay for importing `grade`, `stress` or `mutants` (issue 14: progress, list and
next answer in under 0.3 s). `--help` and the docs generator still see every command.

Each module registers its commands on the group when imported (`@main.command()`);
COMMANDS says which module holds which command, and a unit test checks it against what
the modules register.
"""

from __future__ import annotations

import importlib

import click

COMMANDS: dict[str, str] = {
    "complexity": "complexity_command",
    "diagnose": "diagnose",
    "doctor": "maintenance",
    "drill": "drill",
    "grade": "grading",
    "hint": "progress_commands",
    "init-ci": "init_ci",
    "list": "practice",
    "mock": "mock",
    "mutants": "analysis",
    "new": "practice",
    "next": "progress_commands",
    "pattern": "practice",
    "plan": "plan_command",
    "progress": "progress_commands",
    "run": "run_command",
    "sandbox": "maintenance",
    "serve": "serving",
    "show": "practice",
    "stress": "stress_command",
    "verify": "maintenance",
}


def load_all() -> None:
    """Import every command module (for --help, the docs and the served worker)."""
    for module in sorted(set(COMMANDS.values())):
        importlib.import_module(f"{__package__}.{module}")


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"{__package__}.{COMMANDS[cmd_name]}")
        return self.commands.get(cmd_name)
