"""`judge complexity`'s plots: time (and extra space) against n on log-log axes, yours
beside the reference's. In the terminal with plotext; as an SVG or PNG file with
matplotlib (`--plot FILE`, the `plot` extra). Both are imported only when a plot is
drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..analysis.complexity import Scaling
from ..analysis.growth import Point
from ..errors import JudgeError

FORMATS = (".svg", ".png")


def check_plot_path(path: Path) -> None:
    """JudgeError naming the fix when --plot names a file of another kind."""
    if path.suffix.lower() not in FORMATS:
        raise JudgeError(f"--plot {path}: give a file ending in .svg or .png")


def _drawable(points: list[Point]) -> list[Point]:
    """The points a log axis can hold."""
    return [p for p in points if p.n > 0 and p.value > 0]


def _series(scaling: Scaling) -> list[tuple[str, str, list[Point], list[Point]]]:
    panels = [("time", "ms", scaling.yours, scaling.reference)]
    if scaling.space is not None and (scaling.space.yours or scaling.space.reference):
        panels.append(("extra space", "KiB", scaling.space.yours, scaling.space.reference))
    return panels


def terminal_chart(scaling: Scaling, colour: bool, width: int = 78, height: int = 16) -> str:
    """Each panel as a plotext chart; points that cannot go on a log axis are left out."""
    import plotext as plt

    charts = []
    for title, unit, yours, reference in _series(scaling):
        plt.clear_figure()
        plt.plotsize(width, height)
        plt.xscale("log")
        plt.yscale("log")
        drawn = False
        for label, points, marker in (("yours", yours, "dot"), ("reference", reference, "x")):
            shown = _drawable(points)
            if shown:
                plt.plot([p.n for p in shown], [p.value for p in shown], label=label, marker=marker)
                drawn = True
        if not drawn:
            continue
        plt.title(f"{title} against n (log-log)")
        plt.xlabel("n")
        plt.ylabel(unit)
        chart = plt.build()
        charts.append(chart if colour else plt.uncolorize(chart))
    plt.clear_figure()
    return "\n\n".join(charts)


def save_plot(scaling: Scaling, path: Path, title: str) -> None:
    """An SVG or PNG of the panels; JudgeError naming the fix for a bad path or no matplotlib."""
    check_plot_path(path)
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        raise JudgeError(
            "--plot needs matplotlib: pip install 'coding-judge[plot]' (the terminal chart needs no more)"
        ) from None
    panels = _series(scaling)
    figure, axes = pyplot.subplots(1, len(panels), figsize=(6 * len(panels), 4.5), squeeze=False)
    try:
        for ax, (name, unit, yours, reference) in zip(axes[0], panels, strict=True):
            _panel(ax, name, unit, yours, reference)
        figure.suptitle(title)
        figure.tight_layout()
        figure.savefig(path)
    except OSError as error:
        raise JudgeError(f"--plot {path}: cannot write it ({error.strerror or error})") from None
    finally:
        pyplot.close(figure)


def _panel(ax: Any, name: str, unit: str, yours: list[Point], reference: list[Point]) -> None:
    for label, points, style in (("yours", yours, "o-"), ("reference", reference, "x--")):
        shown = _drawable(points)
        if shown:
            ax.plot([p.n for p in shown], [p.value for p in shown], style, label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("n")
    ax.set_ylabel(unit)
    ax.set_title(f"{name} against n")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
