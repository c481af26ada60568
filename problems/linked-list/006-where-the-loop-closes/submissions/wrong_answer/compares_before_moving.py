# bug: compares the pointers before moving them, so they "meet" at once on the head and the head is always returned
# fails on: {"head": {"values": [1], "cycle_at": -1}}
def loopEntry(head):
    slow = fast = head
    while fast is not None and fast.next is not None or slow is fast:
        if slow is fast:
            probe = head
            while probe is not slow:
                probe = probe.next
                slow = slow.next
            return probe
        slow = slow.next
        fast = fast.next.next
    return None
