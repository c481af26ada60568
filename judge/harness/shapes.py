"""Input shapes beyond plain JSON, built before the call and read back after it.

a list with a cycle      {"values": [3, 2, 0, -4], "cycle_at": 1} for a ListNode
                         parameter: the tail links back to node 1 (-1: no cycle)
several lists            [[1, 4], [2, 3]] for List[ListNode] (or List[Optional[ListNode]])
a node of another input  a parameter with `node_of: root` gets the node of root that
                         holds this value (a tree), or at this index (a list)
a node as the answer     `answer: node-index`: a returned ListNode is judged by its
                         index in the first list argument (None: -1)
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import Any

from . import wire

WALK_CAP = wire.MAX_NODES


def build_cycle_list(spec: dict[str, Any]) -> wire.ListNode | None:
    values, cycle_at = spec.get("values", []), spec.get("cycle_at", -1)
    nodes = [wire.ListNode(v) for v in values]
    for node, after in itertools.pairwise(nodes):
        node.next = after
    if nodes and type(cycle_at) is int and 0 <= cycle_at < len(nodes):
        nodes[-1].next = nodes[cycle_at]
    return nodes[0] if nodes else None


def list_nodes(head: Any) -> list[Any]:
    """The nodes of a list in order, each once (a cycle ends the walk), at most WALK_CAP."""
    seen: set[int] = set()
    nodes: list[Any] = []
    while head is not None and id(head) not in seen and len(nodes) < WALK_CAP:
        seen.add(id(head))
        nodes.append(head)
        head = getattr(head, "next", None)
    return nodes


def node_of(structure: Any, key: Any, kind: str) -> Any:
    """The node of a built tree holding the value key, or of a built list at index key."""
    if kind == "list":
        nodes = list_nodes(structure)
        return nodes[key] if type(key) is int and 0 <= key < len(nodes) else None
    queue = deque([structure] if structure is not None else [])
    while queue:
        node = queue.popleft()
        if node.val == key:
            return node
        queue.extend(child for child in (node.left, node.right) if child is not None)
    return None


def node_index(returned: Any, head: Any) -> int:
    """The index of the returned node in the list that starts at head; -1 for None."""
    if returned is None:
        return -1
    for index, node in enumerate(list_nodes(head)):
        if node is returned:
            return index
    raise wire.AnswerError("the returned node is not a node of the given list")
