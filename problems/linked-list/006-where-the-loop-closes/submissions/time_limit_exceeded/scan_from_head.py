# slow: O(n^2): for the i-th node, looks for its successor among the i + 1 nodes from the head
def loopEntry(head):
    node = head
    i = 0
    while node is not None:
        target = node.next
        if target is None:
            return None
        probe = head
        for _ in range(i + 1):
            if probe is target:
                return target
            probe = probe.next
        node = target
        i += 1
    return None
