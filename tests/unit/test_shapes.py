"""Input shapes beyond plain JSON, end to end through the real harness: a linked list with
a cycle and a node judged by its index, several lists, a node of a tree named by value,
and a design round trip whose chained call is judged while its middle step is not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from fakes import SubprocessSandbox, judge_with_limit
from problem_packages import case, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.errors import ProblemFormatError


def _verdicts(folder: Path, source: str, cache_dir: Path) -> list[str]:
    report = judge_with_limit(load_problem(folder), source.encode(), SubprocessSandbox(), cache_dir, 1000)
    return [r.verdict.value for r in report.results]


CYCLE_START = (
    "def cycleStart(head):\n"
    "    seen = set()\n"
    "    while head is not None and id(head) not in seen:\n"
    "        seen.add(id(head))\n"
    "        head = head.next\n"
    "    return head\n"
)


def test_a_cycle_is_built_and_a_returned_node_is_judged_by_its_index(tmp_path: Path, cache_dir: Path) -> None:
    entry = function_entry(
        "cycleStart", {"head": "Optional[ListNode]"}, "Optional[ListNode]", answer="node-index"
    )
    samples = [
        case("a loop back to the second node", head={"values": [3, 2, 0, -4], "cycle_at": 1}),
        case("no loop", head={"values": [1, 2], "cycle_at": -1}),
    ]
    folder = write_problem(
        tmp_path,
        entry,
        CYCLE_START,
        samples,
        [case("one node on itself", head={"values": [7], "cycle_at": 0})],
    )
    wrong = "def cycleStart(head):\n    return head\n"  # the head, not where the loop starts

    assert _verdicts(folder, CYCLE_START, cache_dir) == ["AC", "AC", "AC"]
    assert _verdicts(folder, wrong, cache_dir) == ["WA", "WA", "AC"]
    assert (
        _verdicts(folder, "def cycleStart(head):\n    return ListNode(3)\n", cache_dir)[0] == "WA"
    )  # not of the list


def test_several_lists_go_in_and_one_comes_out(tmp_path: Path, cache_dir: Path) -> None:
    entry = function_entry("mergeAll", {"lists": "List[Optional[ListNode]]"}, "Optional[ListNode]")
    reference = (
        "def mergeAll(lists):\n"
        "    values = []\n"
        "    for head in lists:\n"
        "        while head:\n            values.append(head.val)\n            head = head.next\n"
        "    head = None\n"
        "    for v in sorted(values, reverse=True):\n        head = ListNode(v, head)\n"
        "    return head\n"
    )
    folder = write_problem(
        tmp_path, entry, reference, [case("three", lists=[[1, 4], [2, 3], []]), case("none", lists=[])]
    )

    assert _verdicts(folder, reference, cache_dir) == ["AC", "AC"]
    assert _verdicts(folder, "def mergeAll(lists):\n    return lists[0] if lists else None\n", cache_dir) == [
        "WA",
        "AC",
    ]


LCA = (
    "def lowest(root, p, q):\n"
    "    if root is None or root is p or root is q:\n        return root\n"
    "    left, right = lowest(root.left, p, q), lowest(root.right, p, q)\n"
    "    return root if left and right else left or right\n"
)


def test_a_node_of_a_tree_is_named_by_its_value(tmp_path: Path, cache_dir: Path) -> None:
    entry = function_entry(
        "lowest", {"root": "Optional[TreeNode]", "p": "TreeNode", "q": "TreeNode"}, "Optional[TreeNode]"
    )
    entry["params"][1]["node_of"] = "root"
    entry["params"][2]["node_of"] = "root"
    tree = [3, 5, 1, 6, 2, 0, 8]
    folder = write_problem(
        tmp_path, entry, LCA, [case("apart", root=tree, p=5, q=1), case("below", root=tree, p=5, q=2)]
    )
    by_value = "def lowest(root, p, q):\n    return p if p.val < q.val else q\n"

    assert _verdicts(folder, LCA, cache_dir) == ["AC", "AC"]
    assert _verdicts(folder, by_value, cache_dir) == ["WA", "WA"]


CODEC_ENTRY: dict[str, Any] = {
    "kind": "design",
    "name": "Codec",
    "chain": True,
    "constructor": [],
    "methods": [
        {"name": "serialize", "params": [{"name": "root", "type": "Optional[TreeNode]"}], "returns": "str"},
        {"name": "deserialize", "params": [{"name": "data", "type": "str"}], "returns": "Optional[TreeNode]"},
    ],
}
CODEC = (
    "import json\n"
    "class Codec:\n"
    "    def serialize(self, root):\n"
    "        return json.dumps(self._walk(root))\n"
    "    def _walk(self, node):\n"
    "        return None if node is None else [node.val, self._walk(node.left), self._walk(node.right)]\n"
    "    def deserialize(self, data):\n"
    "        return self._build(json.loads(data))\n"
    "    def _build(self, item):\n"
    "        return None if item is None else TreeNode(item[0], self._build(item[1]), self._build(item[2]))\n"
)


def test_a_round_trip_judges_what_comes_back_not_the_format_in_between(
    tmp_path: Path, cache_dir: Path
) -> None:
    trip = {
        "ops": ["Codec", "serialize", "deserialize"],
        "args": [[], [[1, 2, 3, None, 4]], [{"result_of": 1}]],
    }
    folder = write_problem(
        tmp_path,
        CODEC_ENTRY,
        CODEC,
        [{"description": "a tree", "input": trip}, {"description": "again", "input": trip}],
        hidden=[{"description": "a hidden tree", "input": trip}],  # its input is not at hand
    )
    data = yaml.safe_load((folder / "problem.yaml").read_text())
    data["checker"] = {"name": "exact", "ignore_calls": ["serialize"]}
    (folder / "problem.yaml").write_text(yaml.safe_dump(data))
    other_format = CODEC.replace("json.dumps(self._walk(root))", "repr(self._walk(root))").replace(
        "self._build(json.loads(data))", "self._build(eval(data))"
    )
    loses_a_node = CODEC.replace("self._build(item[2])", "None")

    assert _verdicts(folder, CODEC, cache_dir) == ["AC", "AC", "AC"]
    assert _verdicts(folder, other_format, cache_dir) == ["AC", "AC", "AC"]  # any format that round-trips
    assert _verdicts(folder, loses_a_node, cache_dir) == ["WA", "WA", "WA"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda e: e["params"][1].update(node_of="nope"),
            "entry.params[1].node_of: must name another ListNode or TreeNode parameter",
        ),
        (
            lambda e: e.update(answer="node-index"),
            "entry.answer: node-index needs a ListNode parameter to index into",
        ),
    ],
)
def test_a_bad_shape_names_its_field(tmp_path: Path, change: Any, message: str) -> None:
    entry = function_entry("lowest", {"root": "Optional[TreeNode]", "p": "TreeNode"}, "int")
    change(entry)
    folder = write_problem(tmp_path, entry, LCA, [case("a", root=[1], p=1), case("b", root=[1], p=1)])

    with pytest.raises(ProblemFormatError) as raised:
        load_problem(folder)

    assert str(raised.value).endswith(message)


def test_hand_written_answers_of_ignored_calls_are_not_checked(tmp_path: Path, cache_dir: Path) -> None:
    from judge.judging.expected import load_test_set
    from judge.judging.policy import DEFAULT
    from judge.judging.verify import _hand_expected_issues

    trip = {"ops": ["Codec", "serialize", "deserialize"], "args": [[], [[1, 2]], [{"result_of": 1}]]}
    sample = {"description": "a tree", "input": trip, "expected": [None, None, [1, 2]]}  # serialize: any text
    folder = write_problem(tmp_path, CODEC_ENTRY, CODEC, [sample, {"description": "again", "input": trip}])
    data = yaml.safe_load((folder / "problem.yaml").read_text())
    data["checker"] = {"name": "exact", "ignore_calls": ["serialize"]}
    (folder / "problem.yaml").write_text(yaml.safe_dump(data))
    problem = load_problem(folder)
    tests = load_test_set(problem, cache_dir, DEFAULT.stack_bytes)
    inputs = {c.id: c.input for c in tests.cases}
    assert _hand_expected_issues(problem, tests.cases, inputs) == []
