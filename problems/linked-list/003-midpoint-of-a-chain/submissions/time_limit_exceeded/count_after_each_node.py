# slow: O(n^2): for each node, counts the nodes after it to see whether it sits in the middle
def chainMidpoint(head):
    before = 0
    node = head
    while node is not None:
        after = 0
        probe = node.next
        while probe is not None:
            after += 1
            probe = probe.next
        if after in (before, before + 1):  # node number before is (n - 1) // 2
            return node
        before += 1
        node = node.next
    return None
