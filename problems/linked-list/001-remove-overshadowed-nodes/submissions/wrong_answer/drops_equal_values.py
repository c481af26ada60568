# bug: unlinks a node whose value equals the largest later value, though an equal value does not overshadow
# fails on: {"head": [4, 4]}
def removeOvershadowed(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    if prev is None:
        return None
    kept = prev
    while kept.next:
        if kept.next.val <= kept.val:
            kept.next = kept.next.next
        else:
            kept = kept.next
    head = None
    while prev:
        prev.next, head, prev = head, prev, prev.next
    return head
