"""The patterns quiz: summaries hide the pattern, every pattern is asked, answers are
read by number or name, and a scripted quiz (CliRunner) stores scores that change what
`judge next` recommends."""

from __future__ import annotations

import json
from pathlib import Path

from fakes import invoke

from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem
from judge.progress.diagnose import Question, parse_answer, pick, scores, summary_of, weak_patterns

ROOT = Path(__file__).resolve().parents[2]
SLUGS = [p.slug for p in load_patterns(ROOT / "patterns")]


def _candidates() -> list[Question]:
    problems = [load_problem(f, set(SLUGS)) for f in iter_problem_dirs(ROOT / "problems")]
    return [Question(p.id, p.pattern, summary_of(p.statement_path.read_text())) for p in problems]


def test_a_summary_is_the_opening_paragraph_without_markup() -> None:
    text = "# Title\n\nGiven a list `nums`, find **two** values.\nReturn them.\n\n```python\ndef f(): ...\n"
    assert summary_of(text) == "Given a list nums, find two values. Return them."
    assert len(summary_of("# T\n\n" + "word " * 200)) <= 320


def test_every_pattern_is_asked_and_a_seed_repeats_the_quiz() -> None:
    candidates = _candidates()
    quiz = pick(candidates, 12, seed=3)
    assert {q.pattern for q in quiz} == {q.pattern for q in candidates}
    assert len(quiz) == 12 and len({q.problem for q in quiz}) == 12
    assert pick(candidates, 12, seed=3) == quiz and pick(candidates, 12, seed=4) != quiz
    techniques = {"two-pointers", "sliding-window", "binary-search", "backtracking", "dynamic-programming"}
    for question in quiz:  # a data structure may be named (a linked list); a technique never
        if question.pattern in techniques:
            assert question.pattern not in question.summary.lower().replace(" ", "-")


def test_answers_by_number_or_name_and_the_scores() -> None:
    assert parse_answer("1", SLUGS) == SLUGS[0] and parse_answer(str(len(SLUGS)), SLUGS) == SLUGS[-1]
    assert parse_answer("Sliding Window", SLUGS) == "sliding-window"
    assert parse_answer("two_pointers", SLUGS) == "two-pointers" and parse_answer("dyna", SLUGS)
    assert parse_answer("0", SLUGS) is None and parse_answer("soup", SLUGS) is None
    questions = [Question("a/1", "stack", ""), Question("a/2", "stack", ""), Question("a/3", "heap", "")]
    result = scores(questions, ["stack", None])  # the third was never answered
    assert result == {"stack": (2, 1), "heap": (1, 0)}
    assert weak_patterns(SLUGS, result) == ["heap"]  # 1 of 2 is not weak; 0 of 1 is


def test_a_scripted_quiz_is_saved_and_next_drills_the_weak_pattern_first(tmp_path: Path) -> None:
    env = {"JUDGE_DATA_DIR": str(tmp_path), "JUDGE_SERVER": "off"}
    quiz = pick(_candidates(), 12, seed=11)
    answers = ["1" if q.pattern == "stack" else q.pattern for q in quiz]  # every stack one named hashing
    result = invoke("diagnose", "--seed", "11", "--count", "12", env=env, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "weak: stack" in result.output
    advice = invoke("next", env=env)
    assert advice.output.startswith("Next: stack/") and "diagnostic found it weak" in advice.output
    untested = {**env, "JUDGE_DATA_DIR": str(tmp_path / "none")}
    assert invoke("next", env=untested).output.startswith("Next: hashing/")  # without the quiz
    shown = json.loads(invoke("progress", "--json", env=env).output)
    assert shown["next"]["problem"].startswith("stack/")
    stack = next(p for p in shown["patterns"] if p["pattern"] == "stack")
    assert stack["quiz"]["right"] == 0 and stack["quiz"]["asked"] >= 1
    assert " quiz " in invoke("progress", env=env).output


def test_an_unanswered_quiz_counts_nothing_as_named(tmp_path: Path) -> None:
    env = {"JUDGE_DATA_DIR": str(tmp_path), "JUDGE_SERVER": "off"}
    result = invoke("diagnose", "--seed", "5", "--count", "3", env=env, input="")
    assert result.exit_code == 0 and "Saved" in result.output
