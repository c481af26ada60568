"""Replay each keystroke log onto a stack, then compare the two results.

A letter is pushed; a backspace pops the most recent letter if there is one and is
ignored on an empty stack. The stack holds exactly the text on screen.

Time O(n + m); extra space O(n + m) for the two stacks.
"""


def _replay(log: str) -> list[str]:
    text: list[str] = []
    for ch in log:
        if ch != "#":
            text.append(ch)
        elif text:
            text.pop()
    return text


def sameAfterBackspaces(s: str, t: str) -> bool:
    return _replay(s) == _replay(t)
