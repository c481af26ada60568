"""Brute force: breadth-first search, finding neighbours by comparing the current word
with every allowed word letter by letter."""

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    length = draw(st.integers(1, 3))
    word = st.text(alphabet="abz", min_size=length, max_size=length)  # both ends of the alphabet
    return {"start": draw(word), "goal": draw(word), "words": draw(st.lists(word, max_size=10))}


def inputs():
    return _cases()


def fewestChanges(start, goal, words):
    if start == goal:
        return 0
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for v in words:
                if v not in dist and sum(x != y for x, y in zip(w, v)) == 1:
                    dist[v] = dist[w] + 1
                    nxt.append(v)
        frontier = nxt
    return dist.get(goal, -1)
