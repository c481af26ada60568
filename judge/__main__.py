"""`python -m judge`: the same as the `judge` command."""

from .client import main

main()
