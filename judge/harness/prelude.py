"""The names a LeetCode Python solution may use without importing them.

`namespace()` returns a fresh, empty module namespace whose builtins also hold typing
names, the usual collections/heapq/bisect/math/itertools/functools helpers, and
ListNode/TreeNode, so a solution pasted from LeetCode (with `List[int]` or
`Optional[TreeNode]` annotations) runs unchanged. The extended builtins are built once:
a test's child then starts its module without copying (and so touching) hundreds of
shared objects, which keeps each fork cheap. A name the solution defines shadows them.
"""

from __future__ import annotations

import bisect
import builtins
import collections
import functools
import heapq
import itertools
import math
import operator
import random
import re
import string
import typing
from typing import Any

from . import wire

_MODULES = (typing, collections, heapq, bisect, itertools, functools, math)
_BASE: dict[str, Any] = {}
for _module in _MODULES:
    _names = getattr(_module, "__all__", None) or dir(_module)
    for _name in _names:
        if not _name.startswith("_") and hasattr(_module, _name):
            _BASE[_name] = getattr(_module, _name)
_BASE.update(
    {
        "bisect": bisect,
        "collections": collections,
        "functools": functools,
        "heapq": heapq,
        "itertools": itertools,
        "math": math,
        "operator": operator,
        "random": random,
        "re": re,
        "string": string,
        "typing": typing,
        "ListNode": wire.ListNode,
        "TreeNode": wire.TreeNode,
    }
)


_BUILTINS: dict[str, Any] = {**builtins.__dict__, **_BASE}


def predefined(name: str) -> Any:
    return _BASE.get(name)


def namespace(module_name: str = "__main__") -> dict[str, Any]:
    return {"__name__": module_name, "__builtins__": _BUILTINS}
