"""Turning JSON test inputs into call arguments and returned values into plain JSON.

Shared by the sandbox (candidate answers) and the host (reference answers). Linked
lists travel as JSON lists, trees as level-order lists with nulls (trailing nulls
trimmed). Encoding accepts only exact builtin types (`type(x) is int`, never a subclass
with a lying `__eq__`), bounds depth, size, node count and integer size, and rejects NaN
and infinities, so whatever reaches the host is a plain, bounded JSON value.
"""

from __future__ import annotations

import functools
import json
import math
from collections import deque
from typing import Any


class ListNode:
    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


class AnswerError(Exception):
    """The returned value cannot be encoded as an answer; the message says why."""


MAX_DEPTH = 64
MAX_ITEMS = 5_000_000
MAX_NODES = 2_000_000
MAX_INT_BITS = 4096
MAX_STR = 10_000_000


@functools.lru_cache(maxsize=256)  # asked once per argument and answer: 10^5 times in a design test
def kind_of(type_text: str | None) -> str:
    """'list', 'lists' (several linked lists), 'tree' or 'json', from a parameter's
    annotation text."""
    text = (type_text or "").replace(" ", "")
    if text in ("ListNode", "Optional[ListNode]", "ListNode|None"):
        return "list"
    if text in ("List[ListNode]", "List[Optional[ListNode]]", "list[ListNode]", "list[ListNode|None]"):
        return "lists"
    if text in ("TreeNode", "Optional[TreeNode]", "TreeNode|None"):
        return "tree"
    return "json"


def build_list(values: list[Any]) -> ListNode | None:
    head: ListNode | None = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def build_tree(values: list[Any]) -> TreeNode | None:
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def build_argument(value: Any, type_text: str | None) -> Any:
    kind = kind_of(type_text)
    if kind == "list":
        return build_list(value)
    if kind == "lists":
        return [build_list(v) for v in value]
    if kind == "tree":
        return build_tree(value)
    return value


def encode(value: Any, type_text: str | None = None) -> Any:
    """A plain JSON value for a returned object; raises AnswerError when it has none."""
    kind = kind_of(type_text)
    if kind == "list":
        return [] if value is None else _encode_list(value)
    if kind == "lists":
        return (
            [[] if head is None else _encode_list(head) for head in value]
            if isinstance(value, list)
            else _encode_json(value, 0, [MAX_ITEMS])
        )
    if kind == "tree":
        return [] if value is None else _encode_tree(value)
    if value is None or type(value) is bool or (type(value) is int and value.bit_length() <= MAX_INT_BITS):
        return value  # the common answers of a design problem's 10^5 calls, at once
    budget = [MAX_ITEMS]
    return _encode_json(value, 0, budget)


def _encode_list(head: Any) -> list[Any]:
    out: list[Any] = []
    node = head
    budget = [MAX_ITEMS]
    seen: set[int] = set()
    while node is not None:
        if id(node) in seen or len(out) >= MAX_NODES:
            raise AnswerError("the returned linked list has a cycle or is too long")
        seen.add(id(node))
        out.append(_encode_json(getattr(node, "val", None), 1, budget))
        node = getattr(node, "next", None)
    return out


def _encode_tree(root: Any) -> list[Any]:
    out: list[Any] = []
    queue: deque[Any] = deque([root])
    seen: set[int] = set()
    budget = [MAX_ITEMS]
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if id(node) in seen or len(seen) >= MAX_NODES:
            raise AnswerError("the returned tree has a cycle, a shared node, or is too large")
        seen.add(id(node))
        out.append(_encode_json(getattr(node, "val", None), 1, budget))
        queue.append(getattr(node, "left", None))
        queue.append(getattr(node, "right", None))
    while out and out[-1] is None:
        out.pop()
    return out


def _encode_json(value: Any, depth: int, budget: list[int]) -> Any:
    if depth > MAX_DEPTH:
        raise AnswerError("the returned value is nested too deeply (or refers to itself)")
    budget[0] -= 1
    if budget[0] < 0:
        raise AnswerError("the returned value is too large")
    kind = type(value)
    if value is None or kind is bool:
        return value
    if kind is int:
        if value.bit_length() > MAX_INT_BITS:
            raise AnswerError("the returned integer is too large")
        return value
    if kind is float:
        if not math.isfinite(value):
            raise AnswerError(f"the returned value contains {value!r}")
        return value
    if kind is str:
        if len(value) > MAX_STR:
            raise AnswerError("the returned string is too long")
        return value
    if kind is list or kind is tuple:
        items = list(value)
        flat = _flat(items, budget)
        if flat is not None:
            return flat
        return [_encode_json(item, depth + 1, budget) for item in list.__iter__(items)]
    if kind is dict:
        out = {}
        for key, item in dict.items(value):
            if type(key) is not str:
                raise AnswerError("a returned dict must have string keys")
            out[key] = _encode_json(item, depth + 1, budget)
        return out
    if isinstance(value, ListNode):
        return _encode_list(value)
    if isinstance(value, TreeNode):
        return _encode_tree(value)
    raise AnswerError(f"the returned value has type {kind.__name__}, which is not a plain JSON type")


def _flat(items: list[Any], budget: list[int]) -> list[Any] | None:
    """items when they are all exact ints (or all exact strs) within the limits, checked
    at C speed: the common answer, 10^5 numbers, without a call per number. None means
    check one by one."""
    kinds = set(map(type, items))
    if kinds == {int}:
        if max(items).bit_length() > MAX_INT_BITS or min(items).bit_length() > MAX_INT_BITS:
            return None  # the slow path says which
    elif kinds == {str}:
        if max(map(len, items)) > MAX_STR:
            return None
    elif kinds:
        return None
    budget[0] -= len(items)
    if budget[0] < 0:
        raise AnswerError("the returned value is too large")
    return items


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), allow_nan=False).encode()
