"""`judge complexity`'s charts (judge.render.scaling_plot): the terminal chart and the
SVG/PNG file draw both sides of each panel, time and extra space, on log-log axes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from judge.analysis.complexity import Scaling
from judge.analysis.growth import Point, fit
from judge.analysis.space import judge_space
from judge.bank.model import GROWTH_CLASSES
from judge.errors import JudgeError
from judge.render.scaling_plot import save_plot, terminal_chart

SIZES = (1000, 2000, 4000, 8000, 16000)


def _scaling(with_space: bool = True) -> Scaling:
    yours = [Point(n, n * n / 1e6) for n in SIZES]
    reference = [Point(n, n / 1e3) for n in SIZES]
    space = judge_space(
        [Point(n, n / 100) for n in SIZES], [Point(n, 0.2) for n in SIZES], GROWTH_CLASSES["1"]
    )
    return Scaling(
        yours,
        reference,
        fit(yours),
        fit(reference),
        "summary",
        True,
        None,
        None,
        space if with_space else None,
    )


def test_the_terminal_chart_draws_both_sides_of_time_and_space_without_colour() -> None:
    chart = terminal_chart(_scaling(), colour=False)

    assert "time against n (log-log)" in chart and "extra space against n (log-log)" in chart
    assert chart.count("yours") == 2 and chart.count("reference") == 2
    assert "\x1b[" not in chart


def test_the_chart_has_one_panel_when_space_was_not_measured() -> None:
    chart = terminal_chart(_scaling(with_space=False), colour=True)

    assert "extra space" not in chart and "time against n" in chart
    assert "\x1b[" in chart


def test_an_svg_holds_both_panels(tmp_path: Path) -> None:
    path = tmp_path / "growth.svg"
    save_plot(_scaling(), path, "hashing/005: mine.py and the reference")

    root = ET.parse(path).getroot()
    text = path.read_text()
    assert root.tag.endswith("svg")
    assert "time against n" in text and "extra space against n" in text and "hashing/005" in text


def test_a_png_is_written_and_other_suffixes_are_refused(tmp_path: Path) -> None:
    save_plot(_scaling(), tmp_path / "growth.png", "t")
    assert (tmp_path / "growth.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    with pytest.raises(JudgeError, match=r"\.svg or \.png"):
        save_plot(_scaling(), tmp_path / "growth.pdf", "t")
    with pytest.raises(JudgeError, match="cannot write it"):
        save_plot(_scaling(), tmp_path / "no" / "such" / "growth.svg", "t")


def test_the_text_shows_a_table_of_time_and_one_of_space() -> None:
    from judge.render.scaling_view import scaling_text

    text = scaling_text(_scaling(), "n")

    assert "      16000    256.0 ms     16.0 ms" in text
    assert "(peak allocated beyond the input)" in text and "      16000     160.0 KiB       0.2 KiB" in text
    assert text.count("Extra space: yours ≈ n^1.00, O(n) extra") == 1
    assert "Extra space" not in scaling_text(_scaling(with_space=False), "n")
