"""Stack of the opening brackets that are still waiting for their partner.

A closing bracket must match the most recently opened unmatched bracket, which is the top
of the stack; anything left on the stack at the end was never closed. Characters that are
not brackets are skipped.

Time O(n); extra space O(n) for the stack.
"""

_OPENER_OF = {")": "(", "]": "[", "}": "{"}
_OPENERS = frozenset("([{")


def isWellNested(s: str) -> bool:
    waiting: list[str] = []
    for ch in s:
        if ch in _OPENERS:
            waiting.append(ch)
        elif ch in _OPENER_OF:
            if not waiting or waiting.pop() != _OPENER_OF[ch]:
                return False
    return not waiting
