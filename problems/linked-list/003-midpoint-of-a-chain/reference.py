"""Slow and fast pointers, stopping one step early for the first of two centres.

The fast pointer moves two nodes per step; it stops when it cannot take two more, so
the slow one, having moved half as far, stands on node (n - 1) // 2.
Time O(n), extra space O(1).
"""


def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    return slow
