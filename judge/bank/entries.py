"""The `entry:` of problem.yaml: what the candidate writes and how it is called.

kind: function   params (each may be `node_of` another: the node it names), returns,
                 output (return | argument | both) and argument, answer (value |
                 node-index: a returned ListNode judged by its index in the first list)
kind: design     constructor, methods; chain: true lets an argument {"result_of": k}
                 stand for what call k returned (a serialise/deserialise round trip)
"""

from __future__ import annotations

from .fields import Fields
from .model import Entry, Method, Param

OUTPUTS = ("return", "argument", "both")
ANSWERS = ("value", "node-index")
NODE_TYPES = ("ListNode", "Optional[ListNode]", "TreeNode", "Optional[TreeNode]")


def parse_entry(fields: Fields) -> Entry:
    kind = fields.choice("kind", ("function", "design"))
    if kind == "design":
        return _design(fields)
    fields.only({"kind", "name", "params", "returns", "output", "argument", "answer"})
    params = _params(fields, "params")
    output = fields.choice("output", OUTPUTS, "return")
    argument = fields.identifier("argument", None)
    if output != "return" and argument not in [p.name for p in params]:
        raise fields.fail("argument", f"must name one of the params when output is '{output}'")
    if output == "return" and argument is not None:
        raise fields.fail("argument", "is only used with output: argument or output: both")
    answer = fields.choice("answer", ANSWERS, "value")
    if answer == "node-index" and not any(p.type.replace(" ", "") in NODE_TYPES[:2] for p in params):
        raise fields.fail("answer", "node-index needs a ListNode parameter to index into")
    returns = fields.text("returns", "None")
    return Entry(kind, fields.identifier("name"), params, returns, output, argument, answer=answer)


def _design(fields: Fields) -> Entry:
    fields.only({"kind", "name", "constructor", "methods", "chain"})
    methods = []
    for index, item in enumerate(fields.items("methods")):
        method = Fields(item, fields.path, f"{fields.name('methods')}[{index}]")
        method.only({"name", "params", "returns"})
        methods.append(
            Method(method.identifier("name"), _params(method, "params"), method.text("returns", "None"))
        )
    if not methods:
        raise fields.fail("methods", "must list at least one method")
    constructor = _params(fields, "constructor")
    chain = fields.get("chain", bool, False)
    return Entry(
        "design", fields.identifier("name"), constructor=constructor, methods=tuple(methods), chain=chain
    )


def _params(fields: Fields, key: str) -> tuple[Param, ...]:
    params = []
    for index, item in enumerate(fields.items(key, [])):
        spec = Fields(item, fields.path, f"{fields.name(key)}[{index}]")
        spec.only({"name", "type", "node_of"})
        params.append(Param(spec.identifier("name"), spec.text("type"), spec.identifier("node_of", None)))
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise fields.fail(key, "parameter names must be unique")
    by_name = {p.name: p for p in params}
    for index, param in enumerate(params):
        owner = by_name.get(param.node_of) if param.node_of else None
        if param.node_of and (
            owner is None or owner.node_of or owner.type.replace(" ", "") not in NODE_TYPES
        ):
            raise fields.fail(f"{key}[{index}].node_of", "must name another ListNode or TreeNode parameter")
    return tuple(params)
