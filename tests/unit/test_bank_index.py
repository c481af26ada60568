"""The bank index (judge.bank.index): listing commands read each problem's summary from
one cached file, and never show a summary older than its problem.yaml."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from problem_packages import case, function_entry, write_problem

from judge.bank import index, loader
from judge.bank.index import Summary, summaries
from judge.errors import ProblemFormatError

PATTERNS = {"two-pointers", "stack"}
ENTRY = function_entry("square", {"n": "int"}, "int")


def _bank(root: Path) -> Path:
    for pattern, name in (("two-pointers", "009-tiny"), ("stack", "002-other")):
        write_problem(
            root, ENTRY, "def square(n):\n    return n * n\n", [case("a", n=1)], pattern=pattern, name=name
        )
    return root


def _retitle(folder: Path, title: str) -> None:
    path = folder / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    data["title"] = title
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_the_index_gives_what_loading_gives_and_is_read_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank, cache = _bank(tmp_path / "problems"), tmp_path / "cache"
    first = summaries(bank, PATTERNS, cache)
    assert first == [
        Summary("stack/002", "stack", "easy", "Tiny"),
        Summary("two-pointers/009", "two-pointers", "easy", "Tiny"),
    ]
    assert (cache / index.INDEX_FILE).is_file()

    def no_parsing(*_: object) -> None:
        raise AssertionError("a problem.yaml was parsed although the index holds it")

    monkeypatch.setattr(loader, "load_problem", no_parsing)
    assert summaries(bank, PATTERNS, cache) == first
    assert summaries(bank, PATTERNS, cache, pattern="stack") == first[:1]


def test_an_edited_problem_is_loaded_again(tmp_path: Path) -> None:
    bank, cache = _bank(tmp_path / "problems"), tmp_path / "cache"
    summaries(bank, PATTERNS, cache)
    folder = bank / "stack" / "002-other"
    _retitle(folder, "Renamed in place")
    stamp = (folder / "problem.yaml").stat()
    os.utime(folder / "problem.yaml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1))

    assert summaries(bank, PATTERNS, cache)[0].title == "Renamed in place"


def test_a_problem_that_no_longer_loads_fails_as_loading_does(tmp_path: Path) -> None:
    bank, cache = _bank(tmp_path / "problems"), tmp_path / "cache"
    summaries(bank, PATTERNS, cache)
    (bank / "stack" / "002-other" / "problem.yaml").write_text("title: [unclosed\n")

    with pytest.raises(ProblemFormatError):
        summaries(bank, PATTERNS, cache)


@pytest.mark.parametrize("damage", ["{not json", json.dumps({"root": "/elsewhere", "problems": {}}), "[]"])
def test_a_damaged_or_foreign_index_only_costs_the_parsing(tmp_path: Path, damage: str) -> None:
    bank, cache = _bank(tmp_path / "problems"), tmp_path / "cache"
    cache.mkdir()
    (cache / index.INDEX_FILE).write_text(damage)

    assert [s.id for s in summaries(bank, PATTERNS, cache)] == ["stack/002", "two-pointers/009"]
    assert json.loads((cache / index.INDEX_FILE).read_text())["root"] == str(bank.resolve())


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    bank = _bank(tmp_path / "problems")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")

    assert len(summaries(bank, PATTERNS, blocked)) == 2
