"""Brute force: every subset of the channels; keep the cheapest that connects all fields."""

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 6))
    field = st.integers(0, n - 1)
    cost = st.sampled_from([0, 1, 2, 3, 5, 8, 1000000])
    channels = draw(st.lists(st.tuples(field, field, cost).map(list), max_size=9))
    return {"n": n, "channels": channels}


def inputs():
    return _cases()


def _connects(n, chosen):
    label = list(range(n))
    for _ in range(n):
        for a, b, _c in chosen:
            low = min(label[a], label[b])
            label[a] = label[b] = low
    return len(set(label)) == 1


def cheapestNetwork(n, channels):
    best = -1
    m = len(channels)
    for mask in range(1 << m):
        chosen = [channels[i] for i in range(m) if mask >> i & 1]
        if _connects(n, chosen):
            total = sum(c for _, _, c in chosen)
            if best < 0 or total < best:
                best = total
    return best
