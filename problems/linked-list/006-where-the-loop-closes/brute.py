"""Brute force for cross-checking the reference: walk, keeping every node passed, and stop
at the first node that is already among them (compared by identity, never by value)."""

from hypothesis import strategies as st


def inputs():
    values = st.lists(st.one_of(st.integers(-2, 2), st.integers(-10**9, 10**9)), max_size=12)
    return values.flatmap(
        lambda vs: st.fixed_dictionaries(
            {"head": st.fixed_dictionaries({"values": st.just(vs), "cycle_at": st.integers(-1, len(vs) - 1)})}
        )
    )


def loopEntry(head):
    passed = []
    node = head
    while node is not None:
        if any(node is earlier for earlier in passed):
            return node
        passed.append(node)
        node = node.next
    return None
