"""Brute force for cross-checking the reference: scan forward from every day."""

from hypothesis import strategies as st


def inputs():
    reading = st.integers(-4, 4) | st.sampled_from([-100, -99, 99, 100])  # and the extremes allowed
    return st.fixed_dictionaries({"temps": st.lists(reading, min_size=1, max_size=12)})


def daysUntilWarmer(temps):
    answer = []
    for i in range(len(temps)):
        later = [j for j in range(i + 1, len(temps)) if temps[j] > temps[i]]
        answer.append(later[0] - i if later else 0)
    return answer
