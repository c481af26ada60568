"""Brute force for cross-checking the reference: follow the rules with a scan of all rooms.

For every meeting, in order of start time, look at every room's free-from time: take the
smallest-numbered room free at the start, or else the room free earliest (smallest
number on a tie), and move that room's free-from time to the meeting's end.
"""

from hypothesis import strategies as st


def _meetings(starts, lengths):
    return [[s, s + length] for s, length in zip(starts, lengths)]


def inputs():
    starts = st.lists(st.integers(0, 15), unique=True, max_size=8)
    lengths = st.lists(st.integers(1, 9), min_size=8, max_size=8)
    return st.fixed_dictionaries(
        {"rooms": st.integers(1, 4), "meetings": st.builds(_meetings, starts, lengths)}
    )


def assignRooms(rooms, meetings):
    free_from = [0] * rooms
    answer = [None] * len(meetings)
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        idle = [r for r in range(rooms) if free_from[r] <= start]
        if idle:
            room, begin = idle[0], start
        else:
            room = min(range(rooms), key=lambda r: (free_from[r], r))
            begin = free_from[room]
        free_from[room] = begin + end - start
        answer[i] = room
    return answer
