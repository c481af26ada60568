# bug: after the loop only the leftover of second is attached, so a leftover of first is lost; fails sample 3
# fails on: {"first": [2], "second": [1]}
# origin: independent
def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    tail = dummy
    while first and second:
        if first.val <= second.val:
            tail.next = first
            first = first.next
        else:
            tail.next = second
            second = second.next
        tail = tail.next
    tail.next = second
    return dummy.next
