"""Brute force: try unplugging each cable, last first, and keep the first whose removal
leaves all n stations connected (n - 1 cables that connect n stations form a tree)."""

import random

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    n = draw(st.integers(3, 9))
    seed = draw(st.integers(0, 10**6))
    rng = random.Random(seed)
    cables = []
    for v in range(2, n + 1):
        cables.append([rng.randint(1, v - 1), v])
    present = {frozenset(c) for c in cables}
    extra = [[a, b] for a in range(1, n + 1) for b in range(1, n + 1) if a != b and frozenset((a, b)) not in present]
    cables.append(rng.choice(extra))
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    cables = [[labels[a - 1], labels[b - 1]] for a, b in cables]
    rng.shuffle(cables)
    return {"cables": cables}


def inputs():
    return _cases()


def _connected(n, cables):
    adj = {v: [] for v in range(1, n + 1)}
    for a, b in cables:
        adj[a].append(b)
        adj[b].append(a)
    seen, stack = {1}, [1]
    while stack:
        for y in adj[stack.pop()]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    return len(seen) == n


def extraCable(cables):
    n = len(cables)
    for i in range(n - 1, -1, -1):
        if _connected(n, cables[:i] + cables[i + 1 :]):
            return list(cables[i])
    return []
