"""Fuzzing broken problem packages: a bad package is one `Error:` line, never a traceback.

Each fuzz test copies two-pointers/001 once (without its slow gen.py); each example
breaks one file and restores it afterwards:

    problem.yaml   a key deleted at any depth, a value of the wrong type, an unknown key,
                   huge numbers and strings, deep nesting, odd YAML scalars, broken text,
                   binary garbage, an empty file
    tests/*.json   invalid JSON, a JSON value of any shape, the case with a field
                   deleted, retyped or renamed, extra keys
    gen.py         a generator that raises (at import or while yielding) or yields junk

then loads the problem and reads its tests. The contract: that succeeds, or raises
`ProblemFormatError` whose message is one line starting with the path of the file it
blames. `judge show` on a few broken packages exits 2 with a single `Error:` line.
"""

from __future__ import annotations

import contextlib
import copy
import json
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from problem_packages import PAIR_SUM, PATTERN_SLUGS, copy_problem

from judge import cli
from judge.bank.loader import load_problem
from judge.bank.testfiles import read_tests
from judge.errors import ProblemFormatError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAML_TEXT = (PAIR_SUM / "problem.yaml").read_text()
BASE_YAML: dict[str, Any] = yaml.safe_load(YAML_TEXT)
TEST_FILES = sorted(p.relative_to(PAIR_SUM) for p in (PAIR_SUM / "tests").rglob("*.json"))
BASE_CASE: dict[str, Any] = json.loads((PAIR_SUM / TEST_FILES[0]).read_text())
PAYLOAD = "__fuzz_payload__"  # stands for raw YAML text spliced in after dumping

# --- values ----------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from([10**4000, -(2**63), 1e308, float("inf"), "", " ", "\n", "two-pointers\nx"]),
)
junk = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
keys = st.text(min_size=1, max_size=12) | st.sampled_from(["titel", "Title", "limit", "cpu_ms", "1", "- x"])
# raw YAML scalars that a loader may turn into odd types (or refuse)
odd_scalars = st.sampled_from(
    [
        "2024-05-01",
        "2001-13-45",
        "2001-02-30",
        "2001-12-14 25:00:00",
        "!!int zz",
        "!!float x",
        "!!timestamp x",
        "!!binary zzz",
        "!!set {a, b}",
        "!!omap [a: 1]",
        "!!python/object:os.system x",
        "*undefined",
        "&a [*a]",
        ".nan",
        "-.inf",
        "0x1F",
        "0o17",
        "1_000",
        "0b101",
        "1:30",
        "yes",
        "~",
        "!!str",
        '"\\ud800"',
        '"\\x00"',
    ]
)


@st.composite
def huge_values(draw: st.DrawFn) -> str:
    """YAML text for a huge number or string (4300 digits is CPython's int parsing limit)."""
    n = draw(st.sampled_from([4300, 4301, 10_000]) | st.integers(1, 10_000))
    return draw(
        st.sampled_from(
            ["9" * n, "-" + "9" * n, f"1e{n}", f"0x{'f' * n}", "x" * (n * 200), '"' + "é\\n" * n + '"']
        )
    )


@st.composite
def deep_values(draw: st.DrawFn) -> str:
    """YAML text for deeply nested lists or mappings (the parser stops at 1000 levels)."""
    n = draw(st.sampled_from([999, 1000]) | st.integers(1, 5000))
    return draw(st.sampled_from(["[" * n + "]" * n, "{a: " * n + "1" + "}" * n]))


# --- problem.yaml ----------------------------------------------------------------------


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key or index below `node`, as a path from the root."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))


def _node(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


ALL_PATHS = list(_paths(BASE_YAML))
MAPPING_PATHS = [(), *(p for p in ALL_PATHS if isinstance(_node(BASE_YAML, p), dict))]


PAYLOADS = {"huge": huge_values(), "deep": deep_values(), "odd-scalar": odd_scalars}
YAML_KINDS = ["delete", "retype", "unknown-key", *PAYLOADS, "text", "bytes", "empty"]


@st.composite
def yaml_mutations(draw: st.DrawFn) -> tuple[str, bytes]:
    """(what was done, the new problem.yaml)."""
    data = copy.deepcopy(BASE_YAML)
    kind = draw(st.sampled_from(YAML_KINDS))
    if kind in ("delete", "retype", *PAYLOADS):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = _node(data, path[:-1])
        if kind == "delete":
            del parent[path[-1]]
        elif kind == "retype":
            old = parent[path[-1]]
            parent[path[-1]] = draw(junk.filter(lambda v: type(v) is not type(old)))
        else:
            parent[path[-1]] = PAYLOAD
        text = yaml.safe_dump(data, sort_keys=False)
        payload = draw(PAYLOADS[kind]) if kind in PAYLOADS else ""
        return f"{kind} {path}", text.replace(PAYLOAD, payload).encode()
    if kind == "unknown-key":
        mapping = _node(data, draw(st.sampled_from(MAPPING_PATHS)))
        key = draw(keys.filter(lambda k: k not in mapping))
        mapping[key] = draw(junk)
        return f"unknown key {key!r}", yaml.safe_dump(data, sort_keys=False).encode()
    if kind == "text":
        at = draw(st.integers(0, len(YAML_TEXT)))
        cut = draw(st.integers(0, 40))
        inserted = draw(st.text(max_size=10) | st.sampled_from(["\t", ":", "- ", "{", "]", "'", '"', "\\"]))
        return "broken text", (YAML_TEXT[:at] + inserted + YAML_TEXT[at + cut :]).encode()
    if kind == "bytes":
        return "binary", draw(st.binary(min_size=1, max_size=200))
    return "empty", draw(st.sampled_from([b"", b"\n", b"---\n", b"null\n", b"~", b"[]", b"0", b"''"]))


# --- test files and gen.py ---------------------------------------------------------------


@st.composite
def case_mutations(draw: st.DrawFn) -> bytes:
    """A test file: invalid JSON, a JSON value of any shape, or the case with one field broken."""
    kind = draw(st.sampled_from(["invalid", "any", "deep", "field"]))
    if kind == "invalid":
        valid = json.dumps(BASE_CASE)
        text = st.text(max_size=40) | st.just(valid[: draw(st.integers(0, len(valid) - 1))])
        return draw(st.binary(max_size=60) | text.map(str.encode))
    if kind == "any":
        return json.dumps(draw(junk)).encode()
    if kind == "deep":
        n = draw(st.integers(1, 100_000))
        return draw(st.sampled_from(["[" * n + "]" * n, '{"a":' * n + "1" + "}" * n])).encode()
    case = copy.deepcopy(BASE_CASE)
    target = case if draw(st.booleans()) else case["input"]
    key = draw(st.sampled_from(sorted(target)))
    action = draw(st.sampled_from(["delete", "retype", "extra", "rename"]))
    if action == "delete":
        del target[key]
    elif action == "retype":
        target[key] = draw(junk.filter(lambda v: type(v) is not type(target[key])))
    elif action == "extra":
        target[draw(keys.filter(lambda k: k not in target))] = draw(junk)
    else:
        target[draw(keys.filter(lambda k: k not in target))] = target.pop(key)
    return json.dumps(case).encode()


EXCEPTIONS = ["ValueError", "KeyError", "TypeError", "RuntimeError", "ZeroDivisionError", "SystemExit"]
GEN_ITEM: dict[str, Any] = {
    "name": "fuzz",
    "description": "a generated case",
    "input": {"nums": [1, 2], "target": 3},
}


@st.composite
def gen_sources(draw: st.DrawFn) -> str:
    """A gen.py that raises, is not a generator module, or yields junk."""
    exception, message = draw(st.sampled_from(EXCEPTIONS)), draw(st.text(max_size=30))
    kind = draw(st.sampled_from(["raises", "raises-at-import", "raises-late", "odd", "junk", "bent"]))
    if kind == "raises":
        return f"def generate():\n    raise {exception}({message!r})\n    yield\n"
    if kind == "raises-at-import":
        return f"raise {exception}({message!r})\n"
    if kind == "raises-late":
        return f"def generate():\n    yield {GEN_ITEM!r}\n    raise {exception}({message!r})\n"
    if kind == "odd":
        return draw(
            st.sampled_from(
                [
                    "",
                    "generate = 3\n",
                    "def generate():\n    return 3\n",
                    "def generate(n):\n    yield\n",
                    "def generate(:\n",
                    "def generate():\n    return [[]] * 3\n",
                    "import no_such_module\n",
                    "def generate():\n    return generate()\n",
                ]
            )
        )
    if kind == "junk":
        return f"def generate():\n    yield from {draw(st.lists(junk, max_size=4))!r}\n"
    item = copy.deepcopy(GEN_ITEM)
    target = item if draw(st.booleans()) else item["input"]
    key = draw(st.sampled_from(sorted(target)))
    if draw(st.booleans()):
        del target[key]
    else:
        target[key] = draw(junk | st.sampled_from(["01-empty", "Not-Ok", "a\n", "x" * 1000]))
    return f"def generate():\n    yield {item!r}\n"


# --- the contract ----------------------------------------------------------------------


def _load_and_read(folder: Path) -> tuple[str, str] | None:
    """None when the package loads and its tests read; else (stage, message)."""
    try:
        problem = load_problem(folder, PATTERN_SLUGS)
    except ProblemFormatError as error:
        return "load", str(error)
    try:
        read_tests(problem)
    except ProblemFormatError as error:
        return "tests", str(error)
    return None


def _assert_one_line_blaming(message: str, blamed: list[Path]) -> None:
    assert "\n" not in message and "\r" not in message, f"not one line: {message!r}"
    assert any(message.startswith(f"{path}: ") for path in blamed), f"blames the wrong file: {message!r}"


def _any_test_file(folder: Path) -> list[Path]:
    return [
        *(folder / t for t in TEST_FILES),
        folder / "gen.py",
        folder / "tests" / "sample",
        folder / "tests",
    ]


def _yaml_with(old: str, new: str) -> tuple[str, bytes]:
    assert old in YAML_TEXT
    return f"{old!r} -> {new!r}", YAML_TEXT.replace(old, new).encode()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of two-pointers/001 per test function; each example restores what it breaks.

    Without gen.py: its 100k-element tests cost time and are not under test, except in
    the generator test, which writes its own."""
    folder = copy_problem(tmp_path_factory.mktemp("bank"))
    (folder / "gen.py").unlink()
    return folder


@contextlib.contextmanager
def _replaced(path: Path, content: bytes) -> Iterator[None]:
    original = path.read_bytes() if path.exists() else None
    path.write_bytes(content)
    try:
        yield
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


@FUZZ
@given(mutation=yaml_mutations())
@example(mutation=_yaml_with("title: Pair With Target Sum", "title: " + "9" * 4301))
@example(mutation=_yaml_with("difficulty: easy", "difficulty: 2001-13-45"))
@example(mutation=_yaml_with("pattern: two-pointers", 'pattern: "two\\npointers"'))
def test_a_broken_problem_yaml_is_one_line_naming_it(package: Path, mutation: tuple[str, bytes]) -> None:
    with _replaced(package / "problem.yaml", mutation[1]):
        failure = _load_and_read(package)

    if failure is not None:
        stage, message = failure
        # a changed entry may instead make the (unchanged) test files wrong for it
        blamed = [package / "problem.yaml"] if stage == "load" else _any_test_file(package)
        _assert_one_line_blaming(message, blamed)


@FUZZ
@given(target=st.sampled_from(TEST_FILES), content=case_mutations())
@example(target=TEST_FILES[0], content=b"[" * 100_000 + b"]" * 100_000)
@example(target=TEST_FILES[0], content=b'{"description": "x", "input": {}, "a\\nb": 1}')
def test_a_broken_test_file_is_one_line_naming_it(package: Path, target: Path, content: bytes) -> None:
    with _replaced(package / target, content):
        failure = _load_and_read(package)

    if failure is not None:
        assert failure[0] == "tests"
        _assert_one_line_blaming(failure[1], [package / target])


@FUZZ
@given(source=gen_sources())
@example(source="def generate():\n    raise ValueError('two\\nlines')\n    yield\n")
@example(source="import sys\n\ndef generate():\n    sys.exit(1)\n    yield\n")
def test_a_broken_generator_is_one_line_naming_it(package: Path, source: str) -> None:
    with _replaced(package / "gen.py", source.encode()):
        failure = _load_and_read(package)

    if failure is not None:
        assert failure[0] == "tests"
        # a generated name may repeat a hidden file's name: then the tests folder is named
        _assert_one_line_blaming(failure[1], [package / "gen.py", package / "tests"])


# --- the same through `judge show` ---------------------------------------------------------


def _write(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def breaks(folder: Path) -> None:
        data = content.encode() if isinstance(content, str) else content
        (folder / relative).write_bytes(data)

    return breaks


SAMPLE = TEST_FILES[0].as_posix()
BROKEN = {
    "unknown-key": _write("problem.yaml", YAML_TEXT + "titel: x\n"),
    "broken-yaml": _write("problem.yaml", "title: Pair\n  difficulty: easy\n"),
    "binary-yaml": _write("problem.yaml", b"\xff\xfe\x00garbage\x80"),
    "empty-yaml": _write("problem.yaml", b""),
    "huge-number-in-yaml": _write("problem.yaml", f"title: {'9' * 5000}\n"),
    "impossible-date-in-yaml": _write("problem.yaml", "title: 2001-13-45\n"),
    "bad-tagged-int-in-yaml": _write("problem.yaml", "title: !!int zz\n"),
    "invalid-json": _write(SAMPLE, '{"description": "x", "input": '),
    "deeply-nested-json": _write(SAMPLE, "[" * 100_000 + "]" * 100_000),
    "missing-input": _write(SAMPLE, '{"description": "x"}'),
    "wrong-param-name": _write(SAMPLE, '{"description": "x", "input": {"numbers": [1], "target": 1}}'),
    "newline-in-unknown-key": _write(SAMPLE, '{"description": "x", "input": {}, "a\\nb": 1}'),
    "gen-raises": _write("gen.py", "def generate():\n    raise ValueError('no data')\n    yield\n"),
    "gen-raises-two-lines": _write("gen.py", "def generate():\n    raise ValueError('a\\nb')\n    yield\n"),
    "gen-exits": _write("gen.py", "import sys\n\ndef generate():\n    sys.exit(1)\n    yield\n"),
    "gen-yields-junk": _write("gen.py", "def generate():\n    yield [1, 2]\n"),
}


@pytest.fixture()
def _keeps_sigterm() -> Iterator[None]:
    handler = signal.getsignal(signal.SIGTERM)  # commands install their own SIGTERM handler
    yield
    signal.signal(signal.SIGTERM, handler)


@pytest.mark.usefixtures("_keeps_sigterm")
@pytest.mark.parametrize("breakage", sorted(BROKEN))
def test_show_on_a_broken_package_is_one_error_line_and_exit_2(tmp_path: Path, breakage: str) -> None:
    folder = copy_problem(tmp_path)
    BROKEN[breakage](folder)

    result = CliRunner().invoke(cli.main, ["--problems", str(tmp_path), "show", "two-pointers/001"])

    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 2, (result.exception, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {folder}/"), result.stderr
    assert result.stdout == ""
