# reverse, drop every node below the running maximum, reverse back
# origin: independent
def removeOvershadowed(head):
    def reverse(node):
        prev = None
        while node:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        return prev

    head = reverse(head)
    if head is None:
        return None
    best = head.val
    cur = head
    while cur.next:
        if cur.next.val < best:
            cur.next = cur.next.next
        else:
            cur = cur.next
            best = cur.val
    return reverse(head)
