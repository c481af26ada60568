# bug: when both heads hold the same value it keeps one copy and skips the other; fails sample 1
# fails on: {"first": [1], "second": [1]}
# origin: independent
def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    tail = dummy
    while first and second:
        if first.val < second.val:
            tail.next = first
            first = first.next
        elif first.val > second.val:
            tail.next = second
            second = second.next
        else:
            tail.next = first
            first = first.next
            second = second.next
        tail = tail.next
    tail.next = first if first else second
    return dummy.next
