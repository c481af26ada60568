# slow: O(n^2): checks every node reached against all the nodes visited before it
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    steps = 0
    node = head
    while node:
        probe = head
        for _ in range(steps):
            if probe is node:
                return node
            probe = probe.next
        node = node.next
        steps += 1
    return None
