"""The judge's exception tree and the exit codes the CLI maps them to.

Candidate failures are never exceptions: they are verdicts. These are for bad input to
the judge itself, for an unavailable sandbox, and for faults of the judge's own
environment.

    JudgeError                  exit 2  bad usage or input to the judge
      ProblemNotFound                   an unknown problem ID
      ProblemFormatError                an invalid problem package (names file and field)
      SolutionError                     the solution file cannot be read
    SandboxUnavailable          exit 3  no Docker engine, or no runner image
    SandboxError                exit 3  the engine failed during a run (judge fault)
      ReferenceTooSlow                  the reference passed the generous limit (a loaded machine)
    JudgeFault                  exit 3  the judge's own files failed (cache unwritable, disk full)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_SANDBOX = 3


class JudgeError(Exception):
    """Bad input to the judge; the message is one line that says what and how to fix it."""

    exit_code = EXIT_USAGE


class ProblemNotFound(JudgeError):
    pass


class ProblemFormatError(JudgeError):
    def __init__(self, path: object, field: str | None, message: str) -> None:
        where = f"{path}: {field}" if field else f"{path}"
        text = f"{where}: {message}"
        super().__init__(text.replace("\r", "\\r").replace("\n", "\\n"))  # always one line


class SolutionError(JudgeError):
    pass


class SandboxUnavailable(JudgeError):
    exit_code = EXIT_SANDBOX


class SandboxError(JudgeError):
    """The sandbox failed while judging; graded as JE, never blamed on the candidate."""

    exit_code = EXIT_SANDBOX


class ReferenceTooSlow(SandboxError):
    """The reference itself ran out of the generous limit: the machine, not the package."""


class JudgeFault(JudgeError):
    """The judge's own files or folders failed (not the candidate's, not the package's)."""

    exit_code = EXIT_SANDBOX


def cache_fault(path: object, error: OSError, setting: str = "JUDGE_CACHE_DIR") -> JudgeFault:
    """One line for an OSError on the judge's cache, naming the setting that moves it."""
    reason = error.strerror or type(error).__name__
    return JudgeFault(
        f"cannot write the judge's cache at {path} ({reason}); set {setting} to a writable folder"
    )
