"""The in-container harness: standard library only, copied into the runner image.

The host imports `wire` and `prelude` too, to compute expected answers with exactly the
same argument building and answer encoding as the sandbox uses.
"""
