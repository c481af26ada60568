"""Checkers: a table of cases per rule, and the laws each rule must keep."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from json_strategies import json_values, scalars

from judge.bank.model import CheckerSpec
from judge.errors import ProblemFormatError
from judge.judging.checkers import REGISTRY, CheckResult, exact, get_checker, normalise
from judge.judging.checkers.unordered import canonical

small_values = (
    scalars | st.lists(scalars, max_size=3) | st.dictionaries(st.text(max_size=3), scalars, max_size=2)
)


def _check(name: str, expected: Any, got: Any, **options: Any) -> CheckResult:
    return get_checker(CheckerSpec(name, tuple(sorted(options.items()))), Path("unused"))(None, expected, got)


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value))


# --- tables ----------------------------------------------------------------------------

TABLE = [
    ("exact", 1, 1, True),
    ("exact", 1, 1.0, False),
    ("exact", 1, True, False),
    ("exact", 0, False, False),
    ("exact", 1.5, 1.5, True),
    ("exact", None, None, True),
    ("exact", None, [], False),
    ("exact", "a", "a", True),
    ("exact", [1, 2], [1, 2], True),
    ("exact", [1, 2], [2, 1], False),
    ("exact", [1, 2], [1, 2, 3], False),
    ("exact", [[1], [2]], [[1], [2.0]], False),
    ("exact", {"a": 1}, {"a": 1}, True),
    ("exact", {"a": 1}, {"a": 1, "b": 2}, False),
    ("exact", {"a": [True]}, {"a": [1]}, False),
    ("unordered", [1, 2, 2], [2, 1, 2], True),
    ("unordered", [1, 2, 2], [1, 1, 2], False),
    ("unordered", [1, 2], [1, 2, 2], False),
    ("unordered", [1], [1.0], False),
    ("unordered", [1], [True], False),
    ("unordered", [[1, 2], [3]], [[3], [1, 2]], True),
    ("unordered", [[1, 2], [3]], [[3], [2, 1]], False),
    ("unordered", [{"a": 1, "b": 2}], [{"b": 2, "a": 1}], True),
    ("unordered", [], [], True),
    ("unordered", [1], 1, False),
    ("unordered-nested", [[1, 2], [3]], [[3], [2, 1]], True),
    ("unordered-nested", [[1, 1], [2]], [[2], [1, 1]], True),
    ("unordered-nested", [[1, 2], [3]], [[1], [2, 3]], False),
    ("unordered-nested", [[1, 1], [2]], [[1], [1, 2]], False),
    ("unordered-nested", [[1], [1]], [[1]], False),
    ("unordered-nested", [[1]], [1], False),
    ("unordered-nested", [[1]], "[[1]]", False),
    ("unordered-nested", [[1]], [[1.0]], False),
    ("unordered-nested", [[1, 2], [3]], [[3], [2, True]], False),
    ("unordered-nested", [[1, True], [3]], [[3], [True, 1]], True),
    ("unordered-nested", [[], [3]], [[3], []], True),
    ("unordered", [3, 1, True], [True, 1, 3], True),
    ("unordered", [3, 1, 1], [3, 1, True], False),
    ("float", 1.0, 1.0000001, True),
    ("float", 1.0, 1.00001, False),
    ("float", 1e9, 1e9 + 100, True),
    ("float", 1e9, 1e9 + 10_000, False),
    ("float", 0.0, 5e-7, True),
    ("float", 0.0, 5e-6, False),
    ("float", 2, 2.0, True),
    ("float", [1.0, 2.0], [1.0, 2.0000001], True),
    ("float", [1.0, 2.0], [1.0], False),
    ("float", [1.0], 1.0, False),
    ("float", 1.0, "1.0", False),
    ("float", 1.0, True, False),
    ("float", 1.0, None, False),
    ("float", "a", "a", True),
    ("float", None, None, True),
]


@pytest.mark.parametrize(
    ("name", "expected", "got", "ok"),
    TABLE,
    ids=[f"{n}-{json.dumps(e)}-vs-{json.dumps(g)}" for n, e, g, _ in TABLE],
)
def test_checker_table(name: str, expected: Any, got: Any, ok: bool) -> None:
    result = _check(name, expected, got)

    assert result.ok is ok
    assert bool(result.message) is not ok


@pytest.mark.parametrize(
    ("name", "got", "message"),
    [
        ("unordered", {"a": 1}, "the answer must be a list"),
        ("unordered", [1, 2, 3], "expected 2 item(s), got 3"),
        ("unordered-nested", [[1], 2], "the answer must be a list of lists"),
        ("unordered-nested", [[1]], "expected 2 group(s), got 1"),
    ],
)
def test_shape_errors_say_what_is_wrong(name: str, got: Any, message: str) -> None:
    assert _check(name, [[1], [2]] if name == "unordered-nested" else [1, 2], got) == CheckResult(
        False, message
    )


def test_float_options_are_bound_from_the_problem() -> None:
    assert _check("float", 10.0, 10.4, abs_tol=0.5).ok
    assert not _check("float", 10.0, 10.6, abs_tol=0.5).ok
    assert _check("float", 1000.0, 1009.0, rel_tol=0.01).ok
    assert not _check("float", 1000.0, 1011.0, rel_tol=0.01).ok


def test_every_named_checker_is_registered() -> None:
    from judge.bank.loader import CHECKERS

    assert set(REGISTRY) == set(CHECKERS) - {"custom"}


# --- laws ------------------------------------------------------------------------------


@given(json_values)
def test_exact_is_reflexive(value: Any) -> None:
    assert _check("exact", value, _copy(value)).ok


@given(json_values, json_values)
def test_exact_is_symmetric(a: Any, b: Any) -> None:
    assert _check("exact", a, b).ok is _check("exact", b, a).ok


@given(json_values, json_values)
def test_identical_bytes_are_only_a_shortcut_to_same(a: Any, b: Any) -> None:
    """exact.check's fast path (the same marshalled bytes) never accepts what same()
    refuses, and takes every decoded copy of an answer."""
    assert exact.identical(a, _copy(a))
    if exact.identical(a, b):
        assert exact.same(a, b)
    assert exact.check(None, a, b)[0] is exact.same(a, b)


@given(st.integers(), json_values)
def test_exact_keeps_int_float_and_bool_apart(number: int, context: Any) -> None:
    for other in (float(number), bool(number), str(number)):
        assert not _check("exact", number, other).ok
        assert not _check("exact", [context, number], [context, other]).ok
        assert not _check("exact", {"k": number}, {"k": other}).ok


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (list(range(100_000)), list(range(100_000)), True),
        (list(range(100_000)), [*range(99_999), 99_999.0], False),
        ([1, 2], [1, True], False),
        ([[1, 2], [3]], [[1, 2], [3.0]], False),
        ([[1, 2], [3]], [[1, 2], [3]], True),
        (["a", None], ["a", None], True),
        ([0.0, 1], [-0.0, 1], True),
    ],
)
def test_exact_compares_long_and_nested_lists_by_type_and_value(a: Any, b: Any, ok: bool) -> None:
    assert exact.same(a, b) is ok
    assert exact.same(b, a) is ok


@given(st.lists(small_values, max_size=8), st.data())
def test_unordered_accepts_any_permutation(items: list[Any], data: st.DataObject) -> None:
    assert _check("unordered", items, data.draw(st.permutations(items))).ok


@given(st.lists(small_values, min_size=1, max_size=8), small_values, st.data())
def test_unordered_rejects_a_changed_multiset(
    items: list[Any], replacement: Any, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(items) - 1))
    assume(canonical(replacement) != canonical(items[index]))
    changed = [*items[:index], replacement, *items[index + 1 :]]

    assert not _check("unordered", items, data.draw(st.permutations(changed))).ok
    assert not _check("unordered", items, data.draw(st.permutations([*items, replacement]))).ok


groups = st.lists(st.lists(small_values, max_size=4), max_size=5)


@given(groups, st.data())
def test_unordered_nested_accepts_permuted_groups_and_items(
    expected: list[list[Any]], data: st.DataObject
) -> None:
    shuffled = [data.draw(st.permutations(group)) for group in data.draw(st.permutations(expected))]

    assert _check("unordered-nested", expected, shuffled).ok


@given(groups.filter(lambda g: any(g)), small_values, st.data())
def test_unordered_nested_rejects_a_changed_group(
    expected: list[list[Any]], replacement: Any, data: st.DataObject
) -> None:
    group_index = data.draw(st.sampled_from([i for i, g in enumerate(expected) if g]))
    group = expected[group_index]
    item_index = data.draw(st.integers(0, len(group) - 1))
    assume(canonical(replacement) != canonical(group[item_index]))
    changed = list(expected)
    changed[group_index] = [*group[:item_index], replacement, *group[item_index + 1 :]]

    assert not _check("unordered-nested", expected, data.draw(st.permutations(changed))).ok


moderate = st.floats(-1e6, 1e6, allow_nan=False)


@given(moderate, st.floats(-0.99, 0.99), st.floats(1e-9, 1e-3), st.floats(1e-9, 1e-3))
def test_float_accepts_within_tolerance(
    expected: float, fraction: float, abs_tol: float, rel_tol: float
) -> None:
    tolerance = max(abs_tol, rel_tol * abs(expected))

    assert _check("float", expected, expected + fraction * tolerance, abs_tol=abs_tol, rel_tol=rel_tol).ok
    assert _check("float", [expected], [expected + fraction * tolerance], abs_tol=abs_tol, rel_tol=rel_tol).ok


@given(moderate, st.floats(1.01, 100.0), st.booleans(), st.floats(1e-9, 1e-3), st.floats(1e-9, 1e-3))
def test_float_rejects_beyond_tolerance(
    expected: float, factor: float, below: bool, abs_tol: float, rel_tol: float
) -> None:
    tolerance = max(abs_tol, rel_tol * abs(expected))
    got = expected - factor * tolerance if below else expected + factor * tolerance

    assert not _check("float", expected, got, abs_tol=abs_tol, rel_tol=rel_tol).ok
    assert not _check("float", [0.0, expected], [0.0, got], abs_tol=abs_tol, rel_tol=rel_tol).ok


results = (
    st.booleans()
    | st.tuples(st.booleans(), st.text(max_size=5))
    | st.builds(CheckResult, st.booleans(), st.text(max_size=5))
)


@given(results)
def test_normalise_is_idempotent(raw: Any) -> None:
    once = normalise(raw)

    assert isinstance(once, CheckResult)
    assert normalise(once) == once
    assert once.ok is bool(raw[0] if isinstance(raw, tuple) else getattr(raw, "ok", raw))


@pytest.mark.parametrize(
    ("raw", "result"),
    [
        (True, CheckResult(True)),
        (False, CheckResult(False)),
        ((True, "ignored when accepted"), CheckResult(True, "")),
        ((False, "off by one"), CheckResult(False, "off by one")),
        (CheckResult(False, "kept"), CheckResult(False, "kept")),
    ],
)
def test_normalise_table(raw: Any, result: CheckResult) -> None:
    assert normalise(raw) == result


@pytest.mark.parametrize("raw", [None, 1, 0, "yes", [False, "msg"], (0, 42), (True, "a", "b")])
def test_normalise_refuses_anything_but_a_bool_or_a_pair(raw: Any) -> None:
    """A sloppy checker result is a checker bug (JE), never a silent accept."""
    with pytest.raises(TypeError):
        normalise(raw)


# --- custom checkers -------------------------------------------------------------------


def _custom(tmp_path: Path, source: str) -> Any:
    (tmp_path / "checker.py").write_text(source)
    return get_checker(CheckerSpec("custom"), tmp_path)


def test_a_custom_checker_gets_input_expected_and_got(tmp_path: Path) -> None:
    check = _custom(
        tmp_path,
        "def check(input, expected, got):\n"
        "    ok = got == input['n'] + expected\n"
        "    return ok, f\"{got} is not {input['n']} + {expected}\"\n",
    )

    assert check({"n": 2}, 3, 5) == CheckResult(True, "")
    assert check({"n": 2}, 3, 6) == CheckResult(False, "6 is not 2 + 3")


def test_a_custom_checker_may_return_a_plain_bool(tmp_path: Path) -> None:
    check = _custom(tmp_path, "def check(input, expected, got):\n    return got in expected\n")

    assert check(None, [1, 2], 2) == CheckResult(True)
    assert check(None, [1, 2], 3) == CheckResult(False)


def test_the_pair_sum_checker_accepts_any_valid_pair() -> None:
    from problem_packages import PAIR_SUM

    check = get_checker(CheckerSpec("custom"), PAIR_SUM)
    given_input = {"nums": [1, 2, 3, 4], "target": 5}

    assert check(given_input, [0, 3], [1, 2]).ok
    assert check(given_input, [0, 3], [0, 3]).ok
    assert not check(given_input, [0, 3], [3, 0]).ok
    assert not check(given_input, [0, 3], [0, 2]).ok
    assert not check(given_input, [0, 3], "0 3").ok
    assert not check(given_input, [], [0, 3]).ok


@pytest.mark.parametrize(
    ("source", "field_and_message"),
    [
        (
            "def judge(input, expected, got):\n    return True\n",
            "check: must define check(input, expected, got)",
        ),
        ("check = 3\n", "check: must define check(input, expected, got)"),
        (
            "import nosuchmodule_xyz\n",
            "cannot be loaded: ModuleNotFoundError: No module named 'nosuchmodule_xyz'",
        ),
        ("def check(:\n", None),
    ],
)
def test_a_broken_custom_checker_is_a_package_error(
    tmp_path: Path, source: str, field_and_message: str | None
) -> None:
    with pytest.raises(ProblemFormatError) as raised:
        _custom(tmp_path, source)

    prefix = f"{tmp_path / 'checker.py'}: "
    if field_and_message is None:
        assert str(raised.value).startswith(prefix + "cannot be loaded: SyntaxError: ")
    else:
        assert str(raised.value) == prefix + field_and_message


ITEM = st.one_of(st.integers(-2, 2), st.booleans(), st.sampled_from([0.0, 1.0, 2.0]))


def _generic_unordered(expected: Any, got: Any) -> bool:
    """The comparison without the ints fast path: canonical keys for every item."""
    from collections import Counter

    return Counter(map(canonical, expected)) == Counter(map(canonical, got))


@given(st.lists(st.lists(ITEM, max_size=4), max_size=5), st.data())
def test_the_ints_fast_path_agrees_with_canonical_keys(expected: list[list[Any]], data: Any) -> None:
    """A list of ints only is compared by sorted values; the verdicts must be those of the
    canonical keys, whatever the mix of ints, bools and floats (1, True and 1.0 differ)."""
    got = data.draw(st.one_of(st.permutations(expected), st.lists(st.lists(ITEM, max_size=4), max_size=5)))
    got = [data.draw(st.permutations(group)) for group in got]
    nested = _check("unordered-nested", expected, got).ok
    keyed = [("list", tuple(sorted(map(canonical, group)))) for group in expected]
    theirs = [("list", tuple(sorted(map(canonical, group)))) for group in got]
    assert nested == _generic_unordered(keyed, theirs)
    for flat_expected, flat_got in zip(expected, got, strict=False):
        assert _check("unordered", flat_expected, flat_got).ok == _generic_unordered(flat_expected, flat_got)
