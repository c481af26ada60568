# bug: returns the node where the slow and fast pointers meet instead of walking on to the loop's entry; fails sample 1
# fails on: {"head": {"values": [1, 2, 3, 4], "cycle_at": 1}}
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None
