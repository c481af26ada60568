"""The harness's value layer: building arguments, encoding answers, the prelude, one test run."""

from __future__ import annotations

import json
from collections import deque
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.harness import prelude, wire, worker
from judge.harness.wire import AnswerError, ListNode, TreeNode

# --- linked lists and trees ------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_text", "kind"),
    [
        ("ListNode", "list"),
        ("Optional[ListNode]", "list"),
        ("Optional[ ListNode ]", "list"),
        ("ListNode | None", "list"),
        ("TreeNode", "tree"),
        ("Optional[TreeNode]", "tree"),
        ("TreeNode|None", "tree"),
        ("List[ListNode]", "lists"),
        ("List[int]", "json"),
        ("int", "json"),
        (None, "json"),
        ("", "json"),
    ],
)
def test_kind_of_reads_the_annotation(type_text: str | None, kind: str) -> None:
    assert wire.kind_of(type_text) == kind


def _values(head: ListNode | None) -> list[Any]:
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


@given(st.lists(st.integers(), min_size=1))
def test_a_linked_list_round_trips(values: list[int]) -> None:
    head = wire.build_argument(values, "Optional[ListNode]")

    assert isinstance(head, ListNode)
    assert _values(head) == values
    assert wire.encode(head, "ListNode") == values


def test_an_empty_list_or_tree_is_none() -> None:
    assert wire.build_argument([], "ListNode") is None
    assert wire.build_argument([], "TreeNode") is None
    assert wire.build_argument([None], "TreeNode") is None


Shape = tuple[int, Any, Any] | None
shapes: st.SearchStrategy[Shape] = st.recursive(
    st.builds(lambda v: (v, None, None), st.integers(-5, 5)),
    lambda inner: st.tuples(st.integers(-5, 5), st.none() | inner, st.none() | inner),
    max_leaves=30,
)


def _tree(shape: Shape) -> TreeNode | None:
    if shape is None:
        return None
    value, left, right = shape
    return TreeNode(value, _tree(left), _tree(right))


def _shape(node: TreeNode | None) -> Shape:
    return None if node is None else (node.val, _shape(node.left), _shape(node.right))


def _level_order(shape: Shape) -> list[Any]:
    """LeetCode's serialisation, written independently of the code under test."""
    out: list[Any] = []
    queue: deque[Shape] = deque([shape])
    while queue:
        item = queue.popleft()
        out.append(None if item is None else item[0])
        if item is not None:
            queue.extend(item[1:])
    while out and out[-1] is None:
        out.pop()
    return out


@given(shapes)
def test_a_tree_round_trips_through_level_order(shape: Shape) -> None:
    level = wire.encode(_tree(shape), "Optional[TreeNode]")

    assert level == _level_order(shape)
    assert _shape(wire.build_argument(level, "TreeNode")) == shape


def test_level_order_matches_leetcode() -> None:
    root = wire.build_tree([3, 9, 20, None, None, 15, 7])

    assert _shape(root) == (3, (9, None, None), (20, (15, None, None), (7, None, None)))
    assert wire.encode(root, "TreeNode") == [3, 9, 20, None, None, 15, 7]
    assert wire.encode(wire.build_tree([1, None, 2, None, None]), "TreeNode") == [1, None, 2]


def test_nodes_inside_plain_values_are_encoded_too() -> None:
    answer = [wire.build_list([1, 2]), wire.build_tree([1, None, 2]), (3, "x")]

    assert wire.encode(answer, "List[Any]") == [[1, 2], [1, None, 2], [3, "x"]]


# --- what encode refuses -------------------------------------------------------------


class LyingInt(int):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = int.__hash__


class MyList(list):  # type: ignore[type-arg]
    pass


def _self_referential() -> list[Any]:
    items: list[Any] = [1]
    items.append(items)
    return items


def _cyclic_list() -> ListNode:
    head = wire.build_list([1, 2, 3])
    assert head is not None and head.next is not None and head.next.next is not None
    head.next.next.next = head.next
    return head


def _shared_node_tree() -> TreeNode:
    child = TreeNode(2)
    return TreeNode(1, child, child)


def _cyclic_tree() -> TreeNode:
    root = TreeNode(1, TreeNode(2))
    assert root.left is not None
    root.left.right = root
    return root


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


REFUSED = [
    ("int-subclass", LyingInt(3), None),
    ("int-subclass-inside", [1, LyingInt(3)], None),
    ("list-subclass", MyList([1]), None),
    ("str-subclass", [type("S", (str,), {})("x")], None),
    ("nan", float("nan"), None),
    ("infinity", [1.0, float("inf")], None),
    ("minus-infinity", {"x": float("-inf")}, None),
    ("set", {1, 2}, None),
    ("frozenset", frozenset(), None),
    ("generator", (i for i in range(3)), None),
    ("range", range(3), None),
    ("bytes", b"ab", None),
    ("object", object(), None),
    ("non-string-key", {1: "a"}, None),
    ("huge-int", 1 << 5000, None),
    ("huge-int-in-a-flat-list", [1, 2, 1 << 5000], None),
    ("huge-negative-int-in-a-flat-list", [-(1 << 5000), 1], None),
    ("bool-among-ints", [1, True, LyingInt(2)], None),
    ("long-str-in-a-flat-list", ["a", "b" * (wire.MAX_STR + 1)], None),
    ("too-many-items", [0] * (wire.MAX_ITEMS + 1), None),
    ("too-deep", _nested(wire.MAX_DEPTH + 1), None),
    ("self-referential-list", _self_referential(), None),
    ("shared-tree-node", _shared_node_tree(), "TreeNode"),
    ("cyclic-tree", _cyclic_tree(), "TreeNode"),
    ("tree-with-bad-value", TreeNode({1}), "TreeNode"),
    ("list-with-bad-value", ListNode(float("nan")), "ListNode"),
]


@pytest.mark.parametrize(("value", "type_text"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_encode_refuses_values_that_are_not_plain_json(value: Any, type_text: str | None) -> None:
    with pytest.raises(AnswerError):
        wire.encode(value, type_text)


@pytest.mark.parametrize(
    "value",
    [[], [3, -1, 0, 1 << 100], ("a", "b"), [True, False], [1, True], [1.5, 2], [[1, 2], [3]], [None, 1]],
)
def test_encode_keeps_flat_and_mixed_lists_exactly(value: Any) -> None:
    encoded = wire.encode(value)

    assert encoded == list(value)
    assert [type(x) for x in encoded] == [type(x) for x in value]


def test_encode_refuses_a_cyclic_linked_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wire, "MAX_NODES", 1000)  # the real bound takes seconds to reach

    with pytest.raises(AnswerError, match="cycle"):
        wire.encode(_cyclic_list(), "ListNode")


def test_encode_accepts_the_deepest_allowed_value() -> None:
    assert wire.encode(_nested(wire.MAX_DEPTH)) == _nested(wire.MAX_DEPTH)


scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=10
)


@given(json_values)
def test_plain_json_encodes_to_itself_and_dumps_to_valid_json(value: Any) -> None:
    encoded = wire.encode(value)

    assert encoded == value
    assert json.loads(wire.dumps(encoded)) == value


@given(st.tuples(st.integers(), st.text()))
def test_tuples_become_lists(value: tuple[int, str]) -> None:
    assert wire.encode(value) == list(value)


# --- the prelude -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "List",
        "Optional",
        "Dict",
        "deque",
        "defaultdict",
        "Counter",
        "heappush",
        "heapq",
        "bisect_left",
        "bisect",
        "inf",
        "math",
        "lru_cache",
        "cache",
        "accumulate",
        "ListNode",
        "TreeNode",
    ],
)
def test_the_prelude_predefines_leetcode_names(name: str) -> None:
    assert eval(name, prelude.namespace()) is prelude.predefined(name) is not None


def test_each_namespace_is_fresh() -> None:
    first = prelude.namespace()
    exec("List = None\nlen = 'shadowed'", first)

    second = prelude.namespace()

    assert first["List"] is None
    assert eval("List", second) is not None
    assert eval("len", second) is len
    assert second["__name__"] == "__main__"
    assert eval("ListNode", second) is ListNode


# --- worker.run_case -------------------------------------------------------------------


def _run(source: str, entry: dict[str, Any], case_input: Any) -> Any:
    code = compile(source, worker.SOURCE_NAME, "exec", dont_inherit=True)
    answer, elapsed = worker.run_case(code, entry, case_input)
    assert isinstance(elapsed, int) and elapsed >= 0
    return answer


def _function(name: str, params: dict[str, str], returns: str = "Any", **extra: Any) -> dict[str, Any]:
    return {
        "kind": "function",
        "name": name,
        "params": [{"name": k, "type": t} for k, t in params.items()],
        "returns": returns,
        **extra,
    }


ADD = _function("add", {"a": "int", "b": "int"}, "int")


def test_a_top_level_function_is_called_with_the_params_in_order() -> None:
    assert _run("def add(a, b):\n    return [a, b]\n", ADD, {"b": 2, "a": 1}) == [1, 2]


def test_a_solution_method_is_called_and_wins_over_a_function() -> None:
    source = (
        "def add(a, b):\n    return 'function'\n\n"
        "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n"
    )

    assert _run(source, ADD, {"a": 1, "b": 2}) == 3


def test_leetcode_annotations_need_no_imports() -> None:
    source = (
        "class Solution:\n"
        "    def add(self, a: List[int], b: Optional[Dict[str, int]]) -> Optional[int]:\n"
        "        return Counter(a).most_common(1)[0][0] + len(deque(b)) + bisect_left(a, 2) + heappop([5])\n"
    )

    assert _run(source, ADD, {"a": [2, 2, 3], "b": {"x": 1}}) == 2 + 1 + 0 + 5


@pytest.mark.parametrize(
    "source",
    [
        "x = 1\n",
        "def plus(a, b):\n    return a + b\n",
        "add = 3\n",
    ],
)
def test_a_missing_entry_point_is_reported(source: str) -> None:
    with pytest.raises(
        worker.MissingEntry, match="define a function `add` or a method `add` on class Solution"
    ):
        _run(source, ADD, {"a": 1, "b": 2})


def test_a_solution_class_with_other_methods_names_them() -> None:
    source = "class Solution:\n    def plus(self, a, b):\n        return 0\n"
    source += "    def minus(self, a, b):\n        return 0\n"
    with pytest.raises(
        worker.MissingEntry, match="class Solution has methods `plus`, `minus` but none is `add`"
    ):
        _run(source, ADD, {"a": 1, "b": 2})


def test_a_solution_class_with_one_public_method_is_called_positionally() -> None:
    source = "class Solution:\n    def plus(self, x, y):\n        return x + y\n"
    source += "    def _helper(self):\n        pass\n"
    assert _run(source, ADD, {"a": 1, "b": 2}) == 3


def test_linked_list_and_tree_arguments_are_built_and_returned_as_lists() -> None:
    source = (
        "def reverse(head: Optional[ListNode], root: Optional[TreeNode]) -> Optional[ListNode]:\n"
        "    previous = None\n"
        "    while head:\n"
        "        head.next, previous, head = previous, head, head.next\n"
        "    return ListNode(root.left.val, previous)\n"
    )
    entry = _function("reverse", {"head": "Optional[ListNode]", "root": "TreeNode"}, "Optional[ListNode]")

    assert _run(source, entry, {"head": [1, 2, 3], "root": [7, 8, 9]}) == [8, 3, 2, 1]


def test_module_state_starts_fresh_on_every_call() -> None:
    source = "seen = []\n\ndef add(a, b):\n    seen.append(a)\n    return len(seen)\n"

    assert [_run(source, ADD, {"a": 1, "b": 2}) for _ in range(3)] == [1, 1, 1]


MOVE_ZEROES = (
    "def moveZeroes(nums, label):\n"
    "    k = 0\n"
    "    for x in nums:\n"
    "        if x:\n"
    "            nums[k] = x\n"
    "            k += 1\n"
    "    nums[k:] = [0] * (len(nums) - k)\n"
    "    return k\n"
)


@pytest.mark.parametrize(
    ("output", "answer"),
    [
        ("return", 2),
        ("argument", [1, 3, 0, 0]),
        ("both", [2, [1, 3, 0, 0]]),
    ],
)
def test_output_mode_chooses_return_value_or_mutated_argument(output: str, answer: Any) -> None:
    extra = {"output": output} if output == "return" else {"output": output, "argument": "nums"}
    entry = _function("moveZeroes", {"nums": "List[int]", "label": "str"}, "int", **extra)

    assert _run(MOVE_ZEROES, entry, {"nums": [0, 1, 0, 3], "label": "x"}) == answer


def test_a_mutated_linked_list_argument_is_encoded_as_a_list() -> None:
    source = "def bump(head):\n    head.val += 10\n"
    entry = _function("bump", {"head": "ListNode"}, "None", output="argument", argument="head")

    assert _run(source, entry, {"head": [1, 2]}) == [11, 2]


TALLY_ENTRY = {
    "kind": "design",
    "name": "Tally",
    "constructor": [{"name": "start", "type": "int"}],
    "methods": {
        "add": {"params": [{"name": "k", "type": "int"}], "returns": "None"},
        "total": {"params": [], "returns": "int"},
        "digits": {"params": [], "returns": "Optional[ListNode]"},
    },
}
TALLY = """\
class Tally:
    def __init__(self, start):
        self.value = start

    def add(self, k):
        self.value += k

    def total(self):
        return self.value

    def digits(self):
        head = None
        for digit in reversed(str(self.value)):
            head = ListNode(int(digit), head)
        return head
"""


def test_design_ops_are_answered_call_by_call() -> None:
    ops = {"ops": ["Tally", "add", "total", "add", "total", "digits"], "args": [[5], [7], [], [-2], [], []]}

    assert _run(TALLY, TALLY_ENTRY, ops) == [None, None, 12, None, 10, [1, 0]]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("class Count:\n    pass\n", "define a class `Tally`"),
        ("Tally = 3\n", "define a class `Tally`"),
        ("class Tally:\n    def __init__(self, start):\n        pass\n", "class `Tally` has no method `add`"),
    ],
)
def test_a_missing_design_class_or_method_is_reported(source: str, message: str) -> None:
    with pytest.raises(worker.MissingEntry, match=message):
        _run(source, TALLY_ENTRY, {"ops": ["Tally", "add"], "args": [[1], [1]]})


def test_an_unencodable_answer_raises_answer_error() -> None:
    with pytest.raises(AnswerError):
        _run("def add(a, b):\n    return {a, b}\n", ADD, {"a": 1, "b": 2})


def test_a_prelude_name_is_not_taken_for_the_entry_point() -> None:
    entry = _function("gcd", {"a": "int", "b": "int"}, "int")

    with pytest.raises(worker.MissingEntry):
        _run("def greatest_common_divisor(a, b):\n    return 1\n", entry, {"a": 4, "b": 6})
