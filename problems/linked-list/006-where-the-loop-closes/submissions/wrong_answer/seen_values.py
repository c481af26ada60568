# bug: remembers values instead of nodes, so the first repeated value is reported as the loop entry; fails samples 1 and 2
# fails on: {"head": {"values": [7, 7], "cycle_at": -1}}
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    seen = set()
    node = head
    while node:
        if node.val in seen:
            return node
        seen.add(node.val)
        node = node.next
    return None
