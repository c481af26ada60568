"""Brute force for cross-checking the reference: read the values, sort them, build a list."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"head": st.lists(st.one_of(st.integers(-3, 3), st.integers(-10**9, 10**9)), max_size=14)}
    )


def sortChain(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    result = None
    for value in sorted(values, reverse=True):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
