"""Brute force: list every path of tiles without repeats (small boards), compare spellings."""

from hypothesis import strategies as st


def _board(shape):
    rows, cols = shape
    return st.lists(st.text(alphabet="ab", min_size=cols, max_size=cols), min_size=rows, max_size=rows)


def inputs():
    boards = st.tuples(st.integers(1, 3), st.integers(1, 3)).flatmap(_board)
    return st.fixed_dictionaries({"board": boards, "word": st.text(alphabet="abc", min_size=1, max_size=6)})


def traceWord(board, word):
    rows, cols = len(board), len(board[0])
    spelled = set()

    def paths(r, c, seen, text):
        text += board[r][c]
        spelled.add(text)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                paths(nr, nc, seen | {(nr, nc)}, text)

    for r in range(rows):
        for c in range(cols):
            paths(r, c, {(r, c)}, "")
    return word in spelled
