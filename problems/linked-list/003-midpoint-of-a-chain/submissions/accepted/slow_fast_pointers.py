# slow moves one step and fast two; slow stops on the midpoint
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    slow = head
    fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return slow
