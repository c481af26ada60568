# bug: handles an empty first list but not an empty second list, so it reads second.val on None (passes the samples)
# fails on: {"first": [1], "second": []}
# origin: independent
def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    if first is None:
        return second
    if first.val <= second.val:
        head = first
        first = first.next
    else:
        head = second
        second = second.next
    tail = head
    while first and second:
        if first.val <= second.val:
            tail.next = first
            first = first.next
        else:
            tail.next = second
            second = second.next
        tail = tail.next
    tail.next = first if first else second
    return head
