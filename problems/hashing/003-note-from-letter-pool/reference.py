"""Counting map over the pool, spent by the note.

Count the pool's letters once, then take one count per letter of the note; the note is
impossible as soon as a letter runs out.

Time O(n + m) for a note of length n and a pool of length m; extra space O(1), since
the map holds at most 26 keys.
"""


def canWriteNote(note: str, pool: str) -> bool:
    if len(note) > len(pool):
        return False
    available: dict[str, int] = {}
    for letter in pool:
        available[letter] = available.get(letter, 0) + 1
    for letter in note:
        left = available.get(letter, 0)
        if left == 0:
            return False
        available[letter] = left - 1
    return True
