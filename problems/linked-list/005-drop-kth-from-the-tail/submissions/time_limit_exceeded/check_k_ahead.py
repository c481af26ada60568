# slow: O(n * k): for every node, walks k steps ahead to see whether the tail is exactly there
# origin: independent
def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    prev = None
    node = head
    while node:
        probe = node
        for _ in range(k - 1):
            probe = probe.next
        if probe.next is None:
            if prev is None:
                return node.next
            prev.next = node.next
            return head
        prev = node
        node = node.next
    return head
