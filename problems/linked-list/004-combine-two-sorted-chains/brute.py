"""Brute force for cross-checking the reference: read both lists' values, sort them all."""

from hypothesis import strategies as st


def _sorted_list():
    return st.lists(st.one_of(st.integers(-3, 3), st.integers(-10**9, 10**9)), max_size=8).map(sorted)


def inputs():
    return st.fixed_dictionaries({"first": _sorted_list(), "second": _sorted_list()})


def combineSorted(first, second):
    values = []
    for node in (first, second):
        while node is not None:
            values.append(node.val)
            node = node.next
    result = None
    for value in sorted(values, reverse=True):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
