# slow: O(n * m): inserts each node of second by searching first from its head every time
# origin: independent
def combineSorted(first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
    head = first
    while second:
        node = second
        second = second.next
        if head is None or node.val < head.val:
            node.next = head
            head = node
            continue
        spot = head
        while spot.next and spot.next.val <= node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
    return head
