"""coding-judge: a practice judge for the coding round.

The CLI (`judge.cli`) is a thin layer over a pure core: problems are loaded and
materialised (`loader`, `cases`), a `Sandbox` runs a solution and returns raw facts,
`grader` turns facts into per-test verdicts, and renderers print the `Report`.
"""

__version__ = "0.1.0"
