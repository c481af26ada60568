"""Brute force: merge any two shifts that overlap or touch until none do, then sort."""

from hypothesis import strategies as st

TIME = st.one_of(st.integers(0, 9), st.sampled_from([0, 10**9]))


def inputs():
    shift = st.builds(lambda a, b: [min(a, b), max(a, b)], TIME, TIME)
    return st.fixed_dictionaries({"shifts": st.lists(shift, max_size=8)})


def combineShifts(shifts):
    blocks = [list(s) for s in shifts]
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
