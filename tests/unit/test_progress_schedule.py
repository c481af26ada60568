"""Spaced repetition and recommendations, pure over the attempt history (properties with
Hypothesis): a due review always comes before new work; a problem failed after it was
solved comes back sooner than one solved easily; mastery follows the rules' data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Rating
from hypothesis import given
from hypothesis import strategies as st

from judge.progress.model import Attempt, Rules, stats_of
from judge.progress.recommend import Item, recommend, summary
from judge.progress.schedule import rating, reviews

T0 = datetime(2026, 1, 1, tzinfo=UTC)
RULES = Rules(solved=2, hard=1)
PATTERNS = ["hashing", "stack"]
ITEMS = [
    Item(f"{pattern}/00{n}", pattern, level, f"{pattern} {n}")
    for pattern in PATTERNS
    for n, level in ((1, "easy"), (2, "medium"), (3, "hard"))
]
DIFFICULTY = {i.id: i.difficulty for i in ITEMS}


def _at(problem: str, hours: float, verdict: str = "AC", minutes_open: float = 5, hints: int = 0) -> Attempt:
    return Attempt(problem, problem.split("/")[0], T0 + timedelta(hours=hours), verdict, 1, 1,
                   (), "", minutes_open * 60, hints)  # fmt: skip


attempts_strategy = st.lists(
    st.builds(
        _at,
        st.sampled_from([i.id for i in ITEMS]),
        st.floats(min_value=0, max_value=24 * 90),
        st.sampled_from(["AC", "AC", "WA", "TLE"]),
        st.floats(min_value=1, max_value=120),
        st.integers(min_value=0, max_value=3),
    ),
    max_size=30,
)


@given(attempts_strategy, st.floats(min_value=0, max_value=24 * 400))
def test_a_due_review_always_comes_before_new_work(attempts: list[Attempt], hours_later: float) -> None:
    now = T0 + timedelta(hours=24 * 90 + hours_later)
    states = reviews(attempts, DIFFICULTY, RULES)
    due = {p for p, r in states.items() if r.due <= now}
    solved, tried = {a.problem for a in attempts if a.accepted}, {a.problem for a in attempts}
    advice = recommend(ITEMS, PATTERNS, solved, tried, states, RULES, now)
    if due:
        assert advice.problem in due, advice
    elif advice.problem is not None:
        assert advice.problem not in {a.problem for a in attempts if a.accepted}  # new work


@given(st.floats(min_value=0, max_value=24 * 30), st.floats(min_value=1, max_value=24 * 30))
def test_a_failed_review_comes_back_sooner_than_an_easy_solve(solved_at: float, failed_after: float) -> None:
    easy = [_at("hashing/001", solved_at, minutes_open=5)]
    failed = [_at("hashing/002", solved_at, minutes_open=5)]
    failed.append(_at("hashing/002", solved_at + failed_after, "WA"))
    states = reviews(easy + failed, DIFFICULTY, RULES)
    assert states["hashing/001"].last == Rating.Easy
    assert states["hashing/002"].last == Rating.Again
    again_interval = states["hashing/002"].due - (T0 + timedelta(hours=solved_at + failed_after))
    easy_interval = states["hashing/001"].due - (T0 + timedelta(hours=solved_at))
    assert again_interval < easy_interval


def test_ratings_follow_how_the_solve_went() -> None:
    quick = _at("hashing/001", 0, minutes_open=10)  # easy target: 15 minutes
    slow = _at("hashing/001", 0, minutes_open=40)
    assert rating([quick], 15) == Rating.Easy
    assert rating([slow], 15) == Rating.Good
    assert rating([_at("hashing/001", 0, "WA"), quick], 15) == Rating.Hard
    assert rating([_at("hashing/001", 0, hints=1)], 15) == Rating.Hard
    assert reviews([_at("hashing/001", 0, "WA")], DIFFICULTY, RULES) == {}  # never solved: no review


def test_mastery_needs_the_rules_count_a_hard_one_and_no_overdue_review() -> None:
    solved = [_at("hashing/001", 0), _at("hashing/003", 1)]
    fresh = T0 + timedelta(hours=2)
    states = reviews(solved, DIFFICULTY, RULES)
    rows = {r.pattern: r for r in summary(ITEMS, PATTERNS, stats_of(solved), states, RULES, fresh)}
    assert rows["hashing"].mastered and not rows["stack"].mastered
    assert not summary(ITEMS, PATTERNS, stats_of(solved[:1]), {}, RULES, fresh)[0].mastered  # one: not enough
    late = T0 + timedelta(days=365)
    overdue = summary(ITEMS, PATTERNS, stats_of(solved), reviews(solved, DIFFICULTY, RULES), RULES, late)
    assert not overdue[0].mastered and overdue[0].due == 2


def test_new_work_is_the_first_unmastered_pattern_easy_first() -> None:
    now = T0
    assert recommend(ITEMS, PATTERNS, set(), set(), {}, RULES, now).problem == "hashing/001"
    done = [_at("hashing/001", 0), _at("hashing/003", 0)]
    states, later = reviews(done, DIFFICULTY, RULES), T0 + timedelta(hours=1)
    solved = {a.problem for a in done}
    advice = recommend(ITEMS, PATTERNS, solved, solved, states, RULES, later)
    assert advice.problem == "stack/001" and "stack" in advice.reason  # hashing is mastered
    only = recommend(ITEMS, PATTERNS, solved, solved, states, RULES, later, "hashing")
    assert only.problem == "hashing/002"  # asked for hashing: its unsolved one


def test_weak_spots_name_the_tags_missed_repeatedly() -> None:
    missed = [
        Attempt("hashing/001", "hashing", T0 + timedelta(minutes=i), "WA", 1, 2, ("empty",), "")
        for i in range(3)
    ]
    row = summary(ITEMS, PATTERNS, stats_of(missed), {}, RULES, T0)[0]
    assert row.weak == (("empty", 3, 3),)


def test_a_variant_not_yet_met_comes_before_more_of_the_same() -> None:
    items = [
        Item("stack/001", "stack", "easy", "a", ("parsing",)),
        Item("stack/002", "stack", "easy", "b", ("parsing",)),
        Item("stack/003", "stack", "easy", "c", ("monotonic-stack",)),
    ]
    advice = recommend(items, ["stack"], {"stack/001"}, {"stack/001"}, {}, RULES, T0)
    assert advice.problem == "stack/003"  # parsing was met in stack/001
