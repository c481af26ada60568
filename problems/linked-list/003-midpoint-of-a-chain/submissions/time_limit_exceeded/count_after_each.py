# slow: O(n^2): for every node, counts all the nodes that come after it
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    index = 0
    node = head
    while node:
        after = 0
        runner = node.next
        while runner:
            after += 1
            runner = runner.next
        if after - index in (0, 1):
            return node
        index += 1
        node = node.next
    return None
