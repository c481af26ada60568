"""Brute force for cross-checking the reference: read the values, reverse each full slice
of k, keep a short last slice as it is."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "head": st.lists(st.one_of(st.integers(-3, 3), st.integers(-10**9, 10**9)), max_size=13),
            "k": st.one_of(st.integers(1, 14), st.just(100000)),
        }
    )


def flipBlocks(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    out = []
    for start in range(0, len(values), k):
        block = values[start : start + k]
        out.extend(block[::-1] if len(block) == k else block)
    result = None
    for value in reversed(out):
        result = ListNode(value, result)  # noqa: F821 - predefined by the judge
    return result
