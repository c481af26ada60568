"""Brute force for cross-checking the reference: rewrite the text until nothing changes.

The rules, each applied to the path with an extra trailing slash, shrink the string, so
the loop ends: collapse `//`, drop `/./`, drop a `/..` that follows the root, and cancel
`/name/..` where name is not `..` itself.
"""

import re

from hypothesis import strategies as st

_CANCEL = re.compile(r"/(?!\.\./)[^/]+/\.\./")


def inputs():
    return st.fixed_dictionaries(
        {"path": st.text(alphabet="/.ab_", max_size=24).map(lambda s: "/" + s)}
    )


def canonicalPath(path):
    s = path + "/"
    while True:
        before = s
        s = s.replace("//", "/")
        s = s.replace("/./", "/")
        if s.startswith("/../"):
            s = s[3:]
        s = _CANCEL.sub("/", s, count=1)
        if s == before:
            break
    return s if s == "/" else s[:-1]
