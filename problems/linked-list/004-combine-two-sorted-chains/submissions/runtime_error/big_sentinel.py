# bug: uses 10**9 as "infinity" for an exhausted list, but 10**9 is a valid value, so it picks from the exhausted list and crashes (passes the samples)
# fails on: {"first": [5], "second": [1000000000]}
# origin: independent
def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    INF = 10**9
    dummy = ListNode()
    tail = dummy
    while first or second:
        a = first.val if first else INF
        b = second.val if second else INF
        if a <= b:
            tail.next = first
            first = first.next
        else:
            tail.next = second
            second = second.next
        tail = tail.next
    return dummy.next
