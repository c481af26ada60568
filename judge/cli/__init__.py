"""The `judge` command line: parse arguments, call the core, render, map errors to exit codes.

app.py          the group, exit codes, shared plumbing
runtime.py      Runtime: settings and the sandbox factory, through click's context
practice.py     run, list, show, new
serving.py      serve (and how a served run is handed to the CLI)
maintenance.py  verify, sandbox, doctor
grading.py      grade (a repository of solutions, for CI)
init_ci.py      init-ci (a GitHub Actions workflow that grades)
progress_commands.py  progress, next, hint (drilling progress, kept locally)
drill.py        drill (one problem after another, judged on every save)
diagnose.py     diagnose (the patterns quiz)
plan_command.py plan (a study plan over the patterns)
mock.py         mock (a blind, timed two-problem interview)
complexity_command.py  complexity (measured growth against the intended)
stress_command.py      stress (random inputs, a smallest one where the answers differ)
"""

from .app import main

# a command's module is imported when the command runs (lazy.py says which module holds which)
__all__ = ["main"]
