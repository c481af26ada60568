"""Brute force: repeat "every machine takes the smallest label among itself and its
cable partners" until nothing changes, then count the labels."""

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 8))
    machine = st.integers(0, n - 1)
    cables = draw(st.lists(st.lists(machine, min_size=2, max_size=2), max_size=10))
    return {"n": n, "cables": cables}


def inputs():
    return _cases()


def countNetworks(n, cables):
    label = list(range(n))
    changed = True
    while changed:
        changed = False
        for a, b in cables:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    return len(set(label))
