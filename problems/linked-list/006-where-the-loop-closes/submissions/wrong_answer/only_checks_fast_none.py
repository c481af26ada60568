# bug: after the loop it only treats `fast is None` as "no loop", missing the case where the loop stopped because fast.next is None (odd length, no loop) (passes the samples)
# fails on: {"head": {"values": [5], "cycle_at": -1}}
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            break
    if fast is None:
        return None
    walker = head
    while walker is not slow:
        walker = walker.next
        slow = slow.next
    return walker
