"""One pass with a stack of open groups, writing letters straight into one output list.

`out` holds the text produced so far, one character per slot. Opening a group pushes the
position where its text starts and its count; closing it pops them and appends the
group's text `count - 1` more times. A count of 1 costs nothing, and for a larger count
the copied text is no longer than what is appended, so the total work is linear.

Time O(n + m) for an input of n and an output of m characters; space O(n + m).
"""


def unfoldCode(code: str) -> str:
    out: list[str] = []
    open_groups: list[tuple[int, int]] = []  # (start of the group's text in out, count)
    count = 0
    for ch in code:
        if "0" <= ch <= "9":
            count = count * 10 + (ord(ch) - 48)
        elif ch == "[":
            open_groups.append((len(out), count))
            count = 0
        elif ch == "]":
            start, times = open_groups.pop()
            if times > 1:
                out.extend(out[start:] * (times - 1))
        else:
            out.append(ch)
    return "".join(out)
