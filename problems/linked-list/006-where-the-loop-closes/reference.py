"""Floyd's method: detect a meeting of slow and fast pointers, then find the entry.

If the slow pointer has walked m nodes when they meet, the fast one has walked 2m, so m
is a multiple of the loop length L. With t nodes before the loop, the meeting point is
m - t nodes into the loop, and t more steps from there reach m (a multiple of L), the
entry. A pointer restarted at the head also reaches the entry after t steps.
Time O(n), extra space O(1).
"""


def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            probe = head
            while probe is not slow:
                probe = probe.next
                slow = slow.next
            return probe
    return None
