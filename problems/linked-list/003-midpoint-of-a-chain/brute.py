"""Brute force for cross-checking the reference: list every node, take position (n - 1) // 2."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"head": st.lists(st.one_of(st.integers(-2, 2), st.integers(-10**9, 10**9)), max_size=13)}
    )


def chainMidpoint(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes[(len(nodes) - 1) // 2] if nodes else None
