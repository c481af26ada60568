"""Brute force for cross-checking the reference: breadth-first search over schedules.

A state is, per kind, the jobs left and the slots it must still wait. Every slot either
idles or runs one ready kind; the first state with no jobs left is reached after the
fewest slots.
"""

from hypothesis import strategies as st


def inputs():
    kinds = st.sampled_from([1, 2, 7, 10**9])
    return st.fixed_dictionaries(
        {"jobs": st.lists(kinds, max_size=8), "gap": st.integers(0, 4)}
    )


def fewestSlots(jobs, gap):
    kinds = sorted(set(jobs))
    start = tuple((jobs.count(x), 0) for x in kinds)
    frontier, seen, slots = {start}, {start}, 0
    while True:
        if any(all(left == 0 for left, _ in state) for state in frontier):
            return slots
        following = set()
        for state in frontier:
            cooled = tuple((left, max(wait - 1, 0)) for left, wait in state)
            options = [cooled]  # an idle slot
            for i, (left, wait) in enumerate(state):
                if left and not wait:
                    options.append(cooled[:i] + ((left - 1, gap),) + cooled[i + 1 :])
            for option in options:
                if option not in seen:
                    seen.add(option)
                    following.add(option)
        frontier = following
        slots += 1
