"""Brute force for cross-checking the reference: simulate the screen as a string and
rebuild it on every key press."""

from hypothesis import strategies as st


def inputs():
    log = st.text(alphabet="ab##", max_size=10)
    return st.fixed_dictionaries({"s": log, "t": log})


def _screen(log):
    screen = ""
    for ch in log:
        if ch == "#":
            screen = screen[: max(len(screen) - 1, 0)]
        else:
            screen = screen + ch
    return screen


def sameAfterBackspaces(s, t):
    return _screen(s) == _screen(t)
