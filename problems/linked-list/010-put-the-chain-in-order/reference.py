"""Top-down merge sort: split at the middle with slow and fast pointers, sort both
halves, merge them with a dummy head.

The recursion is log2(n) calls deep; merging is iterative. Time O(n log n), extra space
O(log n) for the recursion.
"""


def _merge(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = ListNode()
    tail = dummy
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next = b
            b = b.next
        else:
            tail.next = a
            a = a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next


def sortChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    return _merge(sortChain(head), sortChain(back))
