"""Rendering: the one place that turns judging results into text or serialised formats.

text      terminal tables, summaries, listings (colour is a style passed in)
json_out  the versioned machine format of `--json`
"""
