"""Grading a repository of solutions (`judge grade`): find which file solves which
problem, judge each one through the core (in parallel, cached by digest), and return the
results as data for the report formats in `judge.render`.

    discover.find_solutions(repo, bank, manifest) -> Assignment
    runner.grade(assignment, context, options)    -> Grade
"""
