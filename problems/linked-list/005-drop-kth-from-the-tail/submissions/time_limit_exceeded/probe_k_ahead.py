# slow: O(n * k): for each node, walks k steps to see whether the end comes exactly after them
def dropFromTail(head, k):
    dummy = ListNode(0, head)
    prev = dummy
    while True:
        probe = prev.next
        for _ in range(k):
            probe = probe.next
        if probe is None:  # prev.next is the k-th node from the tail
            prev.next = prev.next.next
            return dummy.next
        prev = prev.next
