"""Splice with a dummy head: always attach the smaller head, then the rest in one link.

Time O(n + m), extra space O(1).
"""


def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    tail = dummy
    while first is not None and second is not None:
        if second.val < first.val:
            tail.next = second
            second = second.next
        else:
            tail.next = first
            first = first.next
        tail = tail.next
    tail.next = first if first is not None else second
    return dummy.next
