"""`python -m judge`: the same as the `judge` command."""

from .entry import main

main()
