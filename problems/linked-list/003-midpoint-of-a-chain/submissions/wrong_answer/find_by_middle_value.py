# bug: finds the middle value, then returns the first node holding that value, which is an earlier node when the value repeats (passes the samples)
# fails on: {"head": [1, 1, 1]}
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    if not values:
        return None
    target = values[(len(values) - 1) // 2]
    node = head
    while node.val != target:
        node = node.next
    return node
