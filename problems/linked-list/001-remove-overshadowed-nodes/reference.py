"""Reverse, filter against the running maximum, reverse back.

After reversing, the values that decide a node's fate (everything after it in the
original order) have already been walked past, so a single pass keeping a node only when
it is at least the largest kept value does the filtering. Time O(n), extra space O(1).
"""


def _reverse(head):
    prev = None
    while head is not None:
        following = head.next
        head.next = prev
        prev = head
        head = following
    return prev


def removeOvershadowed(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    last_first = _reverse(head)
    kept = last_first  # the most recently kept node holds the running maximum
    while kept.next is not None:
        if kept.next.val < kept.val:
            kept.next = kept.next.next  # overshadowed: unlink it
        else:
            kept = kept.next
    return _reverse(last_first)
