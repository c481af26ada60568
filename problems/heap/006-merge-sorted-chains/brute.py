"""Brute force for cross-checking the reference: collect every value, sort, rebuild."""

from hypothesis import strategies as st

VALUES = st.one_of(st.integers(-3, 3), st.sampled_from([-(10**9), 10**9]))


def inputs():
    chain = st.lists(VALUES, max_size=5).map(sorted)
    return st.fixed_dictionaries({"lists": st.lists(chain, max_size=5)})


def mergeChains(lists):
    values = []
    for head in lists:
        while head is not None:
            values.append(head.val)
            head = head.next
    result = None
    for value in sorted(values, reverse=True):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
