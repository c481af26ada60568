"""`judge grade` on the fixture repository, every report format at once: each matches its
golden (timings scrubbed), and each is valid for the tool that reads it (our JSON schema,
a JUnit XSD and junitparser, Gradescope's and exercism's result schemas, GitHub's
annotation syntax). The harness runs on the host as a subprocess (tests/fakes.py)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from click.testing import Result
from fakes import invoke
from grade_support import BANK, DOCS, FILES, GOLDEN, REPO, SCHEMAS, scrub
from junitparser import Error, Failure, JUnitXml, Skipped

REGEN = os.environ.get("JUDGE_REGEN_GOLDEN") == "1"


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    out = tmp_path_factory.mktemp("grade")
    env = {"JUDGE_CACHE_DIR": str(out / "cache"), "JUDGE_SERVER": "off", "NO_COLOR": "1"}
    args: list[str | Path] = ["grade", REPO, "-j", "2", "--format", "text"]
    for name, file in FILES.items():
        if name != "text":
            args += ["--output", f"{name}={out / file}"]
    result = invoke(*args, problems=BANK, env=env)
    (out / FILES["text"]).write_text(result.output, encoding="utf-8")
    return result, out


def _report(graded: tuple[Result, Path], name: str) -> str:
    return (graded[1] / FILES[name]).read_text(encoding="utf-8")


def test_the_fixture_repository_scores_two_of_six_and_exits_1(graded: tuple[Result, Path]) -> None:
    result, _ = graded
    assert result.exit_code == 1, result.output
    assert "Score 2/6 (33%): 1 accepted, 3 not accepted, 1 missing." in result.output


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_format_matches_its_golden(graded: tuple[Result, Path], name: str) -> None:
    text = scrub(_report(graded, name))
    golden = GOLDEN / FILES[name]
    if REGEN:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_the_json_report_follows_its_published_schema(graded: tuple[Result, Path]) -> None:
    report = json.loads(_report(graded, "json"))
    schema = json.loads((DOCS / "grade-report.schema.json").read_text())
    jsonschema.validate(report, schema)
    assert report["schema"] == "coding-judge/grade@1"
    statuses = {p["problem"]: p["status"] for p in report["problems"]}
    assert statuses == {
        "hashing/001": "accepted",
        "hashing/002": "rejected",
        "hashing/003": "missing",
        "hashing/004": "rejected",
        "hashing/005": "rejected",
    }


def test_junit_is_valid_and_counts_what_happened(graded: tuple[Result, Path]) -> None:
    path = graded[1] / FILES["junit"]
    xmlschema.XMLSchema(str(SCHEMAS / "junit.xsd")).validate(str(path))
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {f"hashing/00{n}" for n in range(1, 6)}
    kinds: dict[str, set[str]] = {}
    for name, suite in suites.items():
        seen = kinds.setdefault(name, set())
        for case in suite:
            for result in case.result:
                seen.add(type(result).__name__)
    assert kinds["hashing/001"] == set()  # every test passed
    assert "Failure" in kinds["hashing/004"]  # a wrong answer is a failure
    assert kinds["hashing/002"] == {"Failure"}  # the candidate's crash is a failure, as in pytest
    assert kinds["hashing/003"] == {"Failure"}  # missing: one failed case
    assert {"Failure", "Skipped"} <= kinds["hashing/005"]  # TLE, then the larger tests skipped
    assert Failure and Error and Skipped  # the classes junitparser reads them as


def test_gradescope_results_are_valid_and_add_up(graded: tuple[Result, Path]) -> None:
    results = json.loads(_report(graded, "gradescope"))
    schema = json.loads((SCHEMAS / "gradescope-results.schema.json").read_text())
    jsonschema.validate(results, schema)
    assert results["score"] == 2
    problem_entries = [t for t in results["tests"] if "max_score" in t]
    assert sum(t["score"] for t in problem_entries) == 2
    assert sum(t["max_score"] for t in problem_entries) == 6
    hidden = [t for t in results["tests"] if t.get("visibility") == "after_due_date"]
    assert hidden and all(" hidden/" in t["name"] for t in hidden)
    samples = [t for t in results["tests"] if " sample/" in t.get("name", "")]
    assert samples and all(t.get("visibility", "visible") == "visible" for t in samples)


def test_exercism_results_follow_version_3(graded: tuple[Result, Path]) -> None:
    results = json.loads(_report(graded, "exercism"))
    schema = json.loads((SCHEMAS / "exercism-results-v3.schema.json").read_text())
    jsonschema.validate(results, schema)
    assert results["version"] == 3 and results["status"] == "fail"


def test_the_github_summary_has_a_row_per_problem_and_annotations_name_files(
    graded: tuple[Result, Path],
) -> None:
    summary = _report(graded, "github")
    rows = [line for line in summary.splitlines() if line.startswith("| hashing/")]
    assert len(rows) == 5
    annotations = [line for line in graded[0].output.splitlines() if line.startswith("::")]
    assert annotations, graded[0].output
    # ::error key=value,key=value::message (GitHub reads the keys in any order)
    pattern = re.compile(r"^::error ((file|line|title)=[^,:]+)(,(file|line|title)=[^,:]+)*::.+$")
    assert all(pattern.match(line) for line in annotations), annotations
    assert any("grade_repo/hashing/002.py,line=5" in line for line in annotations)


def test_no_report_reveals_a_hidden_input_or_expected_answer(graded: tuple[Result, Path]) -> None:
    hidden: list[Any] = []
    for path in sorted((BANK / "hashing").glob("00*/tests/hidden/*.json")):
        case = json.loads(path.read_text())
        hidden.append(json.dumps(case["input"], separators=(",", ":")))
    texts = [_report(graded, name).replace(" ", "") for name in FILES]
    leaked = [h for h in hidden if len(h) > 12 and any(h in text for text in texts)]
    assert not leaked
