# bug: after unlinking a node it also steps forward, so the node that moved up is never checked (fails sample 02)
# fails on: {"head": [1, 1, 2]}
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
    while cur and cur.next:
        if cur.next.val < best:
            cur.next = cur.next.next
        else:
            best = cur.next.val
        cur = cur.next
    return reverse(head)
