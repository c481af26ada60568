"""Judging on the host: pure over a `Sandbox` (no click, no docker).

core        judge_file(problem, source, context) -> Report: what every command calls
context     Context: the sandbox, the cache folder and the policy, passed in
policy      the one home of the time policy and the size caps
expected    the expected-answer cache: tests + the reference's answers, per version
limits      time limits derived from the reference, cached
job, run    one job in the sandbox: encode, run, parse, grade
protocol    the harness's wire format, read strictly
grader      sandbox facts -> per-test verdicts
checkers/   one comparison rule per module, by name
verdict, report   what judging returns
verify      `judge verify`: each problem proves itself
doctor      `judge doctor`'s echo run
"""
