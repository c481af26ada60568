"""Brute force for cross-checking the reference: compare the count of every letter."""

from hypothesis import strategies as st


def inputs():
    letters = st.text(alphabet="abcd", max_size=10)
    return st.fixed_dictionaries({"note": letters, "pool": letters})


def canWriteNote(note, pool):
    return all(note.count(c) <= pool.count(c) for c in "abcdefghijklmnopqrstuvwxyz")
