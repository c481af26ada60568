"""Dummy head and a lead pointer k nodes ahead of a trailing one.

When the lead stands on the last node, the trailing pointer is just before the k-th node
from the tail; the dummy makes removing the head the same as any other removal.
Time O(n), one pass; extra space O(1).
"""


def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(k):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return dummy.next
