# bug: the gap between the two pointers is one node too short, so it unlinks the (k-1)-th node from the tail (and crashes for k = 1); fails all three samples
# fails on: {"head": [1, 2, 3], "k": 2}
# origin: independent
def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    lead = dummy
    for _ in range(k):
        lead = lead.next
    trail = dummy
    while lead:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return dummy.next
