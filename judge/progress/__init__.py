"""Drilling progress: attempts recorded in a local SQLite store, spaced-repetition reviews
(FSRS) derived from them, and what to practise next. Pure over the attempt history, but
for the store itself; no click, no docker."""
