"""Brute force: every coral square starts with its own label; repeatedly let each take
the smallest label of its coral neighbours until nothing changes; count the labels."""

from hypothesis import strategies as st


@st.composite
def _charts(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cells = st.integers(0, 1)
    return [[draw(cells) for _ in range(cols)] for _ in range(rows)]


def inputs():
    return st.fixed_dictionaries({"chart": _charts()})


def countReefs(chart):
    rows, cols = len(chart), len(chart[0])
    label = {(i, j): i * cols + j for i in range(rows) for j in range(cols) if chart[i][j] == 1}
    changed = True
    while changed:
        changed = False
        for (i, j), v in list(label.items()):
            for nb in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if nb in label and label[nb] < label[(i, j)]:
                    label[(i, j)] = label[nb]
                    changed = True
    return len(set(label.values()))
