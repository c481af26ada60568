"""A YAML document's cached parse (judge.bank.documents) and the atomic writer under it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from judge.atomic_file import write_atomically
from judge.bank.documents import cached_parse, read_yaml


def _counting(calls: list[Path]) -> Any:
    def parse(path: Path) -> Any:
        calls.append(path)
        return read_yaml(path)

    return parse


def test_a_parse_is_kept_until_the_file_changes(tmp_path: Path) -> None:
    document = tmp_path / "patterns.yaml"
    document.write_text("patterns:\n  - {slug: hashing, title: Hashing, summary: s}\n")
    calls: list[Path] = []

    first = cached_parse(document, tmp_path / "cache", _counting(calls))
    second = cached_parse(document, tmp_path / "cache", _counting(calls))

    assert first == second == {"patterns": [{"slug": "hashing", "title": "Hashing", "summary": "s"}]}
    assert len(calls) == 1
    document.write_text("patterns: []\n")
    os.utime(document, ns=(1, 1))  # a change within the same tick still changes the stamp
    assert cached_parse(document, tmp_path / "cache", _counting(calls)) == {"patterns": []}
    assert len(calls) == 2


def test_a_damaged_cache_entry_is_parsed_again(tmp_path: Path) -> None:
    document = tmp_path / "doc.yaml"
    document.write_text("a: 1\n")
    cache = tmp_path / "cache"
    cached_parse(document, cache, read_yaml)
    for kept in cache.rglob("*.json"):
        kept.write_text("{not json")

    assert cached_parse(document, cache, read_yaml) == {"a": 1}


def test_a_document_json_cannot_hold_exactly_is_parsed_every_time(tmp_path: Path) -> None:
    document = tmp_path / "doc.yaml"
    document.write_text("1: one\n")  # an int key would come back as a string
    calls: list[Path] = []

    for _ in range(2):
        assert cached_parse(document, tmp_path / "cache", _counting(calls)) == {1: "one"}
    assert len(calls) == 2


def test_an_unwritable_cache_only_costs_the_parsing(tmp_path: Path) -> None:
    document = tmp_path / "doc.yaml"
    document.write_text("a: 1\n")
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be")

    assert cached_parse(document, cache, read_yaml) == {"a": 1}
    assert cache.read_text() == "a file where the cache folder should be"


def test_the_atomic_writer_reports_a_failed_write_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")

    assert write_atomically(tmp_path / "out" / "a.json", "{}") is True
    assert (tmp_path / "out" / "a.json").read_text() == "{}"
    assert write_atomically(blocker / "a.json", "{}") is False  # its folder is a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "out"]
