# a dummy head and a tail pointer; takes the smaller front node each time
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
    tail.next = first if first else second
    return dummy.next
