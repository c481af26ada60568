# bug: reads fast.next before checking that the list is non-empty, so it crashes on an empty list (passes the samples)
# fails on: {"head": {"values": [], "cycle_at": -1}}
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while True:
        if fast.next is None or fast.next.next is None:
            return None
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            break
    walker = head
    while walker is not slow:
        walker = walker.next
        slow = slow.next
    return walker
