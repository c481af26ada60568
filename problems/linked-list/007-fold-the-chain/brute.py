"""Brute force for cross-checking the reference: read the values, take them from the front
and the back in turn, and write them back into the nodes in that order."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"head": st.lists(st.one_of(st.integers(-3, 3), st.integers(-10**9, 10**9)), max_size=13)}
    )


def foldChain(head):
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    values = [n.val for n in nodes]
    order = []
    i, j = 0, len(values) - 1
    while i <= j:
        order.append(values[i])
        if i != j:
            order.append(values[j])
        i += 1
        j -= 1
    for node, value in zip(nodes, order):
        node.val = value
