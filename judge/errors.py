"""The judge's exception tree and the exit codes the CLI maps them to.

Candidate failures are never exceptions: they are verdicts. These are for bad input to
the judge itself and for an unavailable sandbox.

    JudgeError                  exit 2  bad usage or input to the judge
      ProblemNotFound                   an unknown problem ID
      ProblemFormatError                an invalid problem package (names file and field)
      SolutionError                     the solution file cannot be read
    SandboxUnavailable          exit 3  no Docker engine, or no runner image
    SandboxError                exit 3  the engine failed during a run (judge fault)
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
