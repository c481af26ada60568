# slow: O(n^2): walks to the tail again for every node it moves to the new list
# origin: independent
def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    new_head = None
    new_tail = None
    while head is not None:
        if head.next is None:
            last = head
            head = None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            last = before.next
            before.next = None
        if new_head is None:
            new_head = last
        else:
            new_tail.next = last
        new_tail = last
    new_tail.next = None
    return new_head
