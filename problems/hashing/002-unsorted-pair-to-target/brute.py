"""Brute force for cross-checking the reference: try every pair of positions."""

from hypothesis import strategies as st


def _one_pair(target, a, fillers, spot_a, spot_b):
    kept = []
    seen = {a, target - a}
    for v in fillers:  # drop any filler that would create a second pair
        if target - v not in seen:
            kept.append(v)
            seen.add(v)
    kept.insert(spot_a % (len(kept) + 1), a)
    kept.insert(spot_b % (len(kept) + 1), target - a)
    return {"nums": kept, "target": target}


def inputs():
    return st.tuples(
        st.integers(-30, 30),
        st.integers(-20, 20),
        st.lists(st.integers(-20, 20), max_size=12),
        st.integers(0, 20),
        st.integers(0, 20),
    ).map(lambda drawn: _one_pair(*drawn))


def findTargetPair(nums, target):
    pairs = [[i, j] for i in range(len(nums)) for j in range(i + 1, len(nums))
             if nums[i] + nums[j] == target]
    assert len(pairs) == 1, "inputs() must give exactly one pair"
    return pairs[0]
