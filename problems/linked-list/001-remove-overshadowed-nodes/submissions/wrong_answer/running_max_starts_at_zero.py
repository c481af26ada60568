# bug: the running maximum from the tail starts at 0 instead of minus infinity, so negative values that should stay are dropped (passes the samples)
# fails on: {"head": [-1]}
# origin: independent
def removeOvershadowed(head):
    prev = None
    node = head
    while node:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt

    kept = None
    best = 0
    node = prev
    while node:
        nxt = node.next
        if node.val >= best:
            best = node.val
            node.next = kept
            kept = node
        node = nxt
    return kept
