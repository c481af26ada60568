"""Brute force: put the booking with the blocks, merge any two that meet until none do, sort."""

from hypothesis import strategies as st


def _calendar(parts):
    blocks, pos = [], -1
    for gap, width in parts:
        start = pos + gap
        blocks.append([start, start + width])
        pos = start + width
    return blocks


def _booking(a, b):
    return [min(a, b), max(a, b)]


def inputs():
    parts = st.lists(st.tuples(st.integers(2, 4), st.integers(0, 3)), max_size=6)
    point = st.integers(0, 30)
    return st.fixed_dictionaries({
        "calendar": parts.map(_calendar),
        "booking": st.builds(_booking, point, point),
    })


def addBooking(calendar, booking):
    blocks = [list(b) for b in calendar] + [list(booking)]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                a, b = blocks[i], blocks[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    blocks[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    del blocks[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(blocks)
