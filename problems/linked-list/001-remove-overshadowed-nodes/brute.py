"""Brute force for cross-checking the reference: check every later value for each node."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"head": st.lists(st.integers(-4, 4), max_size=14)})


def removeOvershadowed(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    kept = [v for i, v in enumerate(values) if not any(w > v for w in values[i + 1 :])]
    result = None
    for value in reversed(kept):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
