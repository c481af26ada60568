"""Loading problem packages: a valid package loads, every broken one names its file and field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from problem_packages import (
    PAIR_SUM,
    PATTERN_SLUGS,
    REPO_ROOT,
    case,
    copy_problem,
    function_entry,
    write_problem,
)

from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem, resolve_problem
from judge.bank.model import Limits, Param
from judge.bank.testfiles import read_tests
from judge.errors import ProblemFormatError, ProblemNotFound

# --- a valid package -------------------------------------------------------------------


def test_the_pair_sum_package_loads_with_every_field() -> None:
    problem = load_problem(PAIR_SUM, PATTERN_SLUGS)

    assert (problem.id, problem.pattern, problem.number, problem.slug) == (
        "two-pointers/001",
        "two-pointers",
        "001",
        "pair-with-target-sum",
    )
    assert problem.path == PAIR_SUM
    assert problem.title == "Pair With Target Sum"
    assert problem.difficulty == "easy"
    assert problem.tags == ("arrays",)
    assert problem.entry.kind == "function"
    assert problem.entry.name == "pairWithTargetSum"
    assert problem.entry.params == (Param("nums", "List[int]"), Param("target", "int"))
    assert problem.entry.returns == "List[int]"
    assert (problem.entry.output, problem.entry.argument) == ("return", None)
    assert problem.checker.name == "custom"
    assert problem.limits == Limits()
    complexity = problem.complexity
    assert (complexity.time, complexity.space) == ("O(n)", "O(1)")
    assert (complexity.time_growth.power, complexity.space_growth.power) == (1, 0)
    assert len(problem.hints) == 3
    assert problem.statement_path.read_text().startswith("# Pair With Target Sum")


def test_optional_fields_are_read_when_given(tmp_path: Path) -> None:
    def mutate(data: dict[str, Any]) -> None:
        data["checker"] = {"name": "float", "abs_tol": 0.001}
        data["limits"] = {"time_multiplier": 2, "memory_mb": 512}
        data["entry"]["output"] = "both"
        data["entry"]["argument"] = "nums"

    problem = load_problem(copy_problem(tmp_path, mutate))

    assert problem.checker.name == "float"
    assert dict(problem.checker.options) == {"abs_tol": 0.001}
    assert problem.limits == Limits(time_multiplier=2.0, memory_mb=512)
    assert (problem.entry.output, problem.entry.argument) == ("both", "nums")


def test_a_design_entry_loads_its_constructor_and_methods(tmp_path: Path) -> None:
    folder = write_problem(tmp_path, DESIGN_ENTRY, COUNTER_REFERENCE, [DESIGN_CASE, DESIGN_CASE])

    entry = load_problem(folder).entry

    assert (entry.kind, entry.name) == ("design", "Counter")
    assert entry.constructor == (Param("start", "int"),)
    assert [(m.name, m.params, m.returns) for m in entry.methods] == [
        ("add", (Param("k", "int"),), "None"),
        ("total", (), "int"),
    ]


# --- problem.yaml errors name the file and the field ------------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets a dotted key (creating mappings on the way)."""
    *parents, last = path.split(".")

    def mutate(data: dict[str, Any]) -> None:
        for key in parents:
            data = data.setdefault(key, {})
        data[last] = value

    return mutate


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    *parents, last = path.split(".")

    def mutate(data: dict[str, Any]) -> None:
        for key in parents:
            data = data[key]
        del data[last]

    return mutate


YAML_ERRORS = [
    ("missing-title", _delete("title"), "title: is required"),
    ("empty-title", _set("title", "  "), "title: must not be empty"),
    ("title-not-text", _set("title", 3), "title: must be a string, not an integer"),
    (
        "unknown-top-key",
        _set("titel", "x"),
        "titel: unknown key (known keys: "
        "checker, complexity, constraints, difficulty, entry, hints, limits, pattern, tags, title)",
    ),
    ("bad-difficulty", _set("difficulty", "extreme"), "difficulty: must be one of easy, medium, hard"),
    ("missing-entry", _delete("entry"), "entry: is required"),
    ("entry-not-mapping", _set("entry", "pairWithTargetSum"), "entry: must be a mapping"),
    ("bad-entry-kind", _set("entry.kind", "method"), "entry.kind: must be one of function, design"),
    (
        "entry-name-not-identifier",
        _set("entry.name", "pair-with-target-sum"),
        "entry.name: must be a Python identifier",
    ),
    (
        "unknown-entry-key",
        _set("entry.methods", []),
        "entry.methods: unknown key (known keys: answer, argument, kind, name, output, params, returns)",
    ),
    (
        "param-name-not-identifier",
        _set("entry.params", [{"name": "nums", "type": "int"}, {"name": "2x", "type": "int"}]),
        "entry.params[1].name: must be a Python identifier",
    ),
    ("param-without-type", _set("entry.params", [{"name": "nums"}]), "entry.params[0].type: is required"),
    (
        "duplicate-params",
        _set("entry.params", [{"name": "a", "type": "int"}, {"name": "a", "type": "int"}]),
        "entry.params: parameter names must be unique",
    ),
    ("bad-output", _set("entry.output", "stdout"), "entry.output: must be one of return, argument, both"),
    (
        "output-argument-without-argument",
        _set("entry.output", "argument"),
        "entry.argument: must name one of the params when output is 'argument'",
    ),
    (
        "output-both-names-unknown-param",
        lambda d: d["entry"].update(output="both", argument="numbers"),
        "entry.argument: must name one of the params when output is 'both'",
    ),
    (
        "argument-with-output-return",
        _set("entry.argument", "nums"),
        "entry.argument: is only used with output: argument or output: both",
    ),
    (
        "unknown-checker",
        _set("checker", "fuzzy"),
        "checker.name: must be one of exact, unordered, unordered-nested, float, custom",
    ),
    ("checker-not-text-or-mapping", _set("checker", 5), "checker: must be a mapping"),
    (
        "option-on-exact-checker",
        _set("checker", {"name": "exact", "abs_tol": 0.1}),
        "checker.abs_tol: unknown key (known keys: ignore_calls, name)",
    ),
    (
        "float-tolerance-too-big",
        _set("checker", {"name": "float", "rel_tol": 2}),
        "checker.rel_tol: must be from 0 to 1",
    ),
    ("memory-too-small", _set("limits.memory_mb", 8), "limits.memory_mb: must be from 32 to 4096"),
    ("memory-too-big", _set("limits.memory_mb", 8192), "limits.memory_mb: must be from 32 to 4096"),
    (
        "memory-as-bool",
        _set("limits.memory_mb", True),
        "limits.memory_mb: must be an integer, not true or false",
    ),
    (
        "floor-as-text",
        _set("limits.time_floor_ms", "fast"),
        "limits.time_floor_ms: must be an integer, not a string",
    ),
    (
        "multiplier-too-small",
        _set("limits.time_multiplier", 0.5),
        "limits.time_multiplier: must be from 1 to 20",
    ),
    (
        "unknown-limit",
        _set("limits.cpu_ms", 5),
        "limits.cpu_ms: unknown key (known keys: memory_mb, recursion_limit, time_floor_ms, time_multiplier)",
    ),
    (
        "two-hints",
        _set("hints", ["a", "b"]),
        "hints: must hold exactly three hints (the cue, the key idea, the target), not 2",
    ),
    (
        "four-hints",
        _set("hints", ["a", "b", "c", "d"]),
        "hints: must hold exactly three hints (the cue, the key idea, the target), not 4",
    ),
    ("empty-hint", _set("hints", ["a", "", "c"]), "hints[1]: must be a non-empty string"),
    ("hints-as-text", _set("hints", "just do it"), "hints: must be a list, not a string"),
    ("empty-tag", _set("tags", ["arrays", None]), "tags[1]: must be a non-empty string"),
    ("missing-complexity", _delete("complexity"), "complexity: is required"),
    (
        "complexity-without-space",
        _set("complexity", {"time": "O(n)", "growth": {"time": "n", "space": "1"}}),
        "complexity.space: is required",
    ),
    (
        "complexity-without-growth",
        _set("complexity", {"time": "O(n)", "space": "O(1)"}),
        "complexity.growth: is required",
    ),
    (
        "complexity-unknown-growth",
        _set("complexity", {"time": "O(n)", "space": "O(1)", "growth": {"time": "n^4", "space": "1"}}),
        "complexity.growth.time: must be one of 1, log n, sqrt n, n, n log n, n sqrt n, n^2, n^2 log n, "
        "n^3, 2^n, n!",
    ),
    (
        "pattern-not-the-folder",
        _set("pattern", "stack"),
        "pattern: is 'stack' but the problem lives under 'two-pointers/'",
    ),
    ("missing-pattern", _delete("pattern"), "pattern: is required"),
]


@pytest.mark.parametrize(
    ("mutate", "field_and_message"), [c[1:] for c in YAML_ERRORS], ids=[c[0] for c in YAML_ERRORS]
)
def test_an_invalid_problem_yaml_names_file_and_field(
    tmp_path: Path, mutate: Callable[..., None], field_and_message: str
) -> None:
    folder = copy_problem(tmp_path, mutate)

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder, PATTERN_SLUGS)

    assert str(raised.value) == f"{folder / 'problem.yaml'}: {field_and_message}"


def test_a_pattern_missing_from_the_pattern_list_is_rejected(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder, {"hashing", "stack"})

    assert str(raised.value) == f"{folder / 'problem.yaml'}: pattern: unknown pattern (known: hashing, stack)"


def test_broken_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    (folder / "problem.yaml").write_text("title: Pair\n  difficulty: easy\n")

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value).startswith(f"{folder / 'problem.yaml'}: line 2: invalid YAML: ")


def test_a_yaml_list_is_not_a_problem(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    (folder / "problem.yaml").write_text("- title\n- pattern\n")

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value) == f"{folder / 'problem.yaml'}: must be a mapping"


@pytest.mark.parametrize("name", ["problem.yaml", "statement.md", "reference.py"])
def test_a_missing_file_is_named(tmp_path: Path, name: str) -> None:
    folder = copy_problem(tmp_path)
    (folder / name).unlink()

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value) == f"{folder / name}: file is missing"


def test_a_custom_checker_needs_checker_py(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    (folder / "checker.py").unlink()

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value) == f"{folder / 'checker.py'}: file is missing (checker: custom needs it)"


def test_a_folder_name_that_is_not_nnn_slug_is_rejected(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path, name="1-Pair_Sum")

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value) == f"{folder}: folder name must be NNN-slug, e.g. 003-merge-intervals"


def test_a_design_entry_needs_a_method(tmp_path: Path) -> None:
    entry = {**DESIGN_ENTRY, "methods": []}
    folder = write_problem(tmp_path, entry, COUNTER_REFERENCE, [DESIGN_CASE, DESIGN_CASE])

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value) == f"{folder / 'problem.yaml'}: entry.methods: must list at least one method"


# --- resolving IDs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "ident",
    [
        "two-pointers/001",
        "two-pointers/1",
        "two-pointers/01",
        "two-pointers/001-pair-with-target-sum",
        " two-pointers/001/ ",
    ],
)
def test_an_id_resolves_to_its_folder(ident: str) -> None:
    assert resolve_problem(REPO_ROOT / "problems", ident) == PAIR_SUM


@pytest.mark.parametrize(
    ("ident", "hint"),
    [
        ("two-pointer/001", "(did you mean two-pointers/001?)"),
        ("../two-pointers/001", "(see `judge list`)"),
        ("graphs/042", "(see `judge list`)"),
        ("", "(see `judge list`)"),
    ],
)
def test_an_unknown_id_suggests_close_ids(tmp_path: Path, ident: str, hint: str) -> None:
    copy_problem(tmp_path)

    with pytest.raises(ProblemNotFound) as raised:
        resolve_problem(tmp_path, ident)

    assert str(raised.value) == f"no problem '{ident}' {hint}"


def test_problem_folders_are_listed_in_order_and_by_pattern(tmp_path: Path) -> None:
    copy_problem(tmp_path, name="002-second")
    copy_problem(tmp_path)
    write_problem(tmp_path, DESIGN_ENTRY, COUNTER_REFERENCE, [DESIGN_CASE, DESIGN_CASE], pattern="stack")
    (tmp_path / "two-pointers" / "notes").mkdir()

    all_names = [f"{p.parent.name}/{p.name}" for p in iter_problem_dirs(tmp_path)]
    only_stack = [p.name for p in iter_problem_dirs(tmp_path, "stack")]

    assert all_names == ["stack/009-tiny", "two-pointers/001-pair-with-target-sum", "two-pointers/002-second"]
    assert only_stack == ["009-tiny"]
    assert iter_problem_dirs(tmp_path / "nowhere") == []


def test_the_repo_pattern_list_loads() -> None:
    slugs = [p.slug for p in load_patterns(REPO_ROOT / "patterns")]

    assert "two-pointers" in slugs
    assert len(slugs) == len(set(slugs))


# --- test files ------------------------------------------------------------------------


def _sample(folder: Path, index: int = 1) -> Path:
    return sorted((folder / "tests" / "sample").glob("*.json"))[index - 1]


def _read_tests_error(folder: Path) -> str:
    with pytest.raises(ProblemFormatError) as raised:
        read_tests(load_problem(folder))
    return str(raised.value)


def test_test_files_and_generated_tests_are_read_in_order() -> None:
    cases = read_tests(load_problem(PAIR_SUM))
    ids = [c.id for c in cases]
    samples = sorted(p.stem for p in (PAIR_SUM / "tests" / "sample").glob("*.json"))
    hidden = sorted(p.stem for p in (PAIR_SUM / "tests" / "hidden").glob("*.json"))

    assert ids[: len(samples) + len(hidden)] == [f"sample/{s}" for s in samples] + [
        f"hidden/{h}" for h in hidden
    ]
    assert all(i.startswith("hidden/") for i in ids[len(samples) + len(hidden) :])
    assert [c.hidden for c in cases] == [i.startswith("hidden/") for i in ids]
    first = json.loads((PAIR_SUM / "tests" / "sample" / f"{samples[0]}.json").read_text())
    assert (cases[0].description, cases[0].input, cases[0].hand_expected) == (
        first["description"],
        first["input"],
        first["expected"],
    )


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    _sample(folder).write_text('{"description": "x", "input": ')

    assert _read_tests_error(folder).startswith(f"{_sample(folder)}: invalid JSON (")


@pytest.mark.parametrize(
    ("content", "field_and_message"),
    [
        ({"input": {"nums": [1], "target": 1}}, "description: is required"),
        ({"description": "no input"}, "input: is required"),
        ({"description": "x", "input": [1, 2]}, "input: must be a mapping"),
        ({"description": "x", "input": {"nums": [1]}}, "input.target: is required (one value per parameter)"),
        (
            {"description": "x", "input": {"nums": [1], "target": 1, "k": 2}},
            "input.k: unknown key (known keys: nums, target)",
        ),
        (
            {"description": "x", "input": {"nums": [1], "target": 1}, "output": [0, 1]},
            "output: unknown key (known keys: description, expected, input, tags)",
        ),
    ],
)
def test_a_bad_test_file_names_the_file_and_field(
    tmp_path: Path, content: dict[str, Any], field_and_message: str
) -> None:
    folder = copy_problem(tmp_path)
    _sample(folder, 2).write_text(json.dumps(content))

    assert _read_tests_error(folder) == f"{_sample(folder, 2)}: {field_and_message}"


DESIGN_ENTRY = {
    "kind": "design",
    "name": "Counter",
    "constructor": [{"name": "start", "type": "int"}],
    "methods": [
        {"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "None"},
        {"name": "total", "params": [], "returns": "int"},
    ],
}
COUNTER_REFERENCE = """\
class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, k):
        self.value += k

    def total(self):
        return self.value
"""
DESIGN_CASE = {
    "description": "add then read",
    "input": {"ops": ["Counter", "add", "total"], "args": [[1], [2], []]},
}


@pytest.mark.parametrize(
    ("content", "field_and_message"),
    [
        (
            {"ops": ["Counter", "add"], "args": [[1]]},
            "input: ops and args must be non-empty lists of the same length",
        ),
        ({"ops": [], "args": []}, "input: ops and args must be non-empty lists of the same length"),
        ({"ops": ["Stack", "add"], "args": [[1], [2]]}, "input.ops[0]: must be the class name 'Counter'"),
        ({"ops": ["Counter", "add", "pop"], "args": [[1], [2], []]}, "input.ops[2]: unknown method 'pop'"),
        (
            {"ops": ["Counter", "add"], "args": [[1], [2, 3]]},
            "input.args[1]: must be a list of 1 argument(s) for 'add'",
        ),
        (
            {"ops": ["Counter", "total"], "args": [[], []]},
            "input.args[0]: must be a list of 1 argument(s) for 'Counter'",
        ),
        ({"ops": ["Counter"], "args": [[1]], "calls": 1}, "input.calls: unknown key (known keys: args, ops)"),
    ],
)
def test_a_bad_design_test_names_the_field(
    tmp_path: Path, content: dict[str, Any], field_and_message: str
) -> None:
    folder = write_problem(
        tmp_path, DESIGN_ENTRY, COUNTER_REFERENCE, [DESIGN_CASE, {"description": "bad", "input": content}]
    )

    assert _read_tests_error(folder) == f"{_sample(folder, 2)}: {field_and_message}"


def test_a_design_test_needs_one_expected_answer_per_op(tmp_path: Path) -> None:
    bad = {**DESIGN_CASE, "expected": [None, 3]}
    folder = write_problem(tmp_path, DESIGN_ENTRY, COUNTER_REFERENCE, [DESIGN_CASE, bad])

    message = "expected: must hold one answer per op (null for the constructor and void calls)"
    assert _read_tests_error(folder) == f"{_sample(folder, 2)}: {message}"


def test_fewer_than_two_samples_is_an_error(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    for extra in sorted((folder / "tests" / "sample").glob("*.json"))[1:]:
        extra.rename(folder / "tests" / "hidden" / f"99-was-{extra.name}")

    assert _read_tests_error(folder) == f"{folder / 'tests' / 'sample'}: needs at least two sample tests"


GEN_PREFIX = "def generate():\n"


@pytest.mark.parametrize(
    ("body", "field_and_message"),
    [
        (
            "    yield {'name': 'x', 'description': 'a', 'input': {'nums': [], 'target': 0}}\n"
            "    yield {'name': 'x', 'description': 'b', 'input': {'nums': [], 'target': 1}}\n",
            None,
        ),
        (
            "    yield {'name': 'Not Ok', 'description': 'a', 'input': {'nums': [], 'target': 0}}\n",
            "generate()[0].name: must be lowercase words joined by '-'",
        ),
        (
            "    yield {'name': 'ok', 'input': {'nums': [], 'target': 0}}\n",
            "generate()[0].description: is required",
        ),
        (
            "    yield {'name': 'ok', 'description': 'a', 'input': {'nums': []}}\n",
            "generate()[0].input.target: is required (one value per parameter)",
        ),
        (
            "    yield {'name': 'ok', 'description': 'a', 'input': {'nums': [], 'target': 0}, 'seed': 1}\n",
            "generate()[0].seed: unknown key (known keys: description, expected, input, name, tags)",
        ),
        ("    raise ValueError('no data')\n    yield\n", "generate(): failed: ValueError: no data"),
    ],
)
def test_generated_tests_are_checked(tmp_path: Path, body: str, field_and_message: str | None) -> None:
    folder = copy_problem(tmp_path)
    (folder / "gen.py").write_text(GEN_PREFIX + body)

    message = _read_tests_error(folder)

    if field_and_message is None:
        assert message == f"{folder / 'tests'}: two tests are named 'hidden/x'"
    else:
        assert message == f"{folder / 'gen.py'}: {field_and_message}"


def test_a_generated_name_may_not_repeat_a_hidden_file(tmp_path: Path) -> None:
    folder = copy_problem(tmp_path)
    (folder / "gen.py").write_text(
        GEN_PREFIX + "    yield {'name': '01-empty', 'description': 'again', "
        "'input': {'nums': [], 'target': 0}}\n"
    )

    assert _read_tests_error(folder) == f"{folder / 'tests'}: two tests are named 'hidden/01-empty'"


def test_a_failing_reference_is_a_package_error(tmp_path: Path) -> None:
    from judge.judging.expected import materialise

    folder = write_problem(
        tmp_path,
        function_entry("half", {"n": "int"}, "int"),
        "def half(n):\n    if n == 0:\n        raise ValueError('n is zero')\n    return n // 2\n",
        [case("two", n=2), case("zero", n=0)],
    )

    with pytest.raises(ProblemFormatError) as raised:
        materialise(load_problem(folder), 256 << 20)

    assert str(raised.value) == f"{folder / 'reference.py'}: fails on test 2: ValueError: n is zero"


@pytest.mark.parametrize(
    "ident",
    [
        "Two-Pointers/001",
        "TWO-POINTERS/1",
        "problems/two-pointers/001-pair-with-target-sum/",
        "./problems/two-pointers/001-pair-with-target-sum",
        "pair-with-target-sum",
        "two-pointers/pair-with-target-sum",
        "two-pointers/001-pair-with-target",
    ],
)
def test_an_id_may_be_typed_as_people_type_it(ident: str) -> None:
    assert resolve_problem(REPO_ROOT / "problems", ident) == PAIR_SUM


def test_a_bare_pattern_name_lists_its_problems() -> None:
    with pytest.raises(ProblemNotFound) as raised:
        resolve_problem(REPO_ROOT / "problems", "two-pointers")

    assert str(raised.value).startswith(
        "'two-pointers' is a pattern; give one of its problems: two-pointers/001, "
    )
