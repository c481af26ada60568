# bug: compares each node only with the node right after it instead of with everything later (passes the samples)
# fails on: {"head": [2, 1, 3]}
# origin: independent
def removeOvershadowed(head):
    new_head = tail = None
    node = head
    while node:
        nxt = node.next
        if nxt is None or node.val >= nxt.val:
            node.next = None
            if tail:
                tail.next = node
            else:
                new_head = node
            tail = node
        node = nxt
    return new_head
