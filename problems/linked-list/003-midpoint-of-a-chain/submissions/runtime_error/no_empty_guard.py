# bug: no check for an empty list, so `fast.next` crashes when head is None; fails sample 3
# fails on: {"head": []}
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return slow
