"""Brute force for cross-checking the reference: read the values, delete position n - k."""

from hypothesis import strategies as st


def inputs():
    values = st.lists(st.one_of(st.integers(-3, 3), st.integers(-10**9, 10**9)), min_size=1, max_size=12)
    return values.flatmap(
        lambda vs: st.fixed_dictionaries({"head": st.just(vs), "k": st.integers(1, len(vs))})
    )


def dropFromTail(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    del values[len(values) - k]
    result = None
    for value in reversed(values):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
