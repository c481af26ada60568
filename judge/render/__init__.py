"""Rendering, in one place: the core returns data, these modules turn it into text."""
