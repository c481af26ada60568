"""`judge plan`: weeks over the unmastered patterns, weak ones weighted double, the
reviews expected each week; standing against a saved plan; the CLI saves it and
`judge progress` reports where you stand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fakes import invoke
from fsrs import Rating
from hypothesis import given
from hypothesis import strategies as st

from judge.progress.plan import Week, make_plan, standing
from judge.progress.schedule import Review

T0 = datetime(2026, 1, 5, tzinfo=UTC)
ORDER = ["hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list"]


@given(
    st.integers(min_value=1, max_value=30),
    st.sets(st.sampled_from(ORDER)),
    st.sets(st.sampled_from(ORDER)),
)
def test_every_unmastered_pattern_gets_time_and_weeks_are_filled(
    weeks: int, mastered: set[str], weak: set[str]
) -> None:
    plan = make_plan(ORDER, mastered, weak, {}, weeks, T0)
    assert [w.number for w in plan] == list(range(1, weeks + 1))
    planned = {p for w in plan for p in w.patterns}
    assert {p for p in ORDER if p not in mastered} <= planned  # all of them, while weeks allow
    assert not planned & mastered


def test_weak_patterns_get_twice_the_weeks_and_come_in_the_given_order() -> None:
    plan = make_plan(["stack", "hashing", "two-pointers"], set(), {"stack"}, {}, 8, T0)
    weeks_of = {p: sum(p in w.patterns for w in plan) for p in ("stack", "hashing", "two-pointers")}
    assert weeks_of == {"stack": 4, "hashing": 2, "two-pointers": 2}
    assert plan[0].patterns == ("stack",)


def test_reviews_are_counted_in_the_week_they_fall_due() -> None:
    reviews = {
        "a/1": Review("a/1", T0 + timedelta(days=1), 1, Rating.Good),
        "a/2": Review("a/2", T0 + timedelta(days=9), 1, Rating.Good),
        "a/3": Review("a/3", T0 - timedelta(days=3), 1, Rating.Good),  # overdue: this week
    }
    plan = make_plan(ORDER, set(), set(), reviews, 3, T0)
    assert [w.reviews for w in plan] == [2, 1, 0]


def test_standing_against_the_plan() -> None:
    plan = [Week(1, T0, ("hashing",), 0), Week(2, T0 + timedelta(weeks=1), ("stack",), 0)]
    later = T0 + timedelta(days=10)
    assert standing(plan, set(), later) == "behind the plan: hashing should be mastered by now"
    assert standing(plan, {"hashing"}, later) == "on the plan"
    assert standing(plan, {"hashing", "stack"}, later) == "ahead of the plan"


def test_the_plan_is_saved_and_progress_reports_the_standing(tmp_path: Path) -> None:
    env = {"JUDGE_DATA_DIR": str(tmp_path), "JUDGE_SERVER": "off"}
    made = invoke("plan", "--weeks", "14", env=env)
    assert made.exit_code == 0, made.output
    lines = made.output.splitlines()
    assert lines[0].startswith("week  1") and "hashing" in lines[0]
    assert sum(line.startswith("week") for line in lines) == 14
    assert "Plan: on the plan." in invoke("progress", env=env).output
