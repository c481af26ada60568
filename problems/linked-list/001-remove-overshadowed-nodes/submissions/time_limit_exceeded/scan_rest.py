# slow: O(n^2): for every node walks the rest of the list looking for a larger value
# origin: independent
def removeOvershadowed(head):
    new_head = tail = None
    node = head
    while node:
        nxt = node.next
        later = nxt
        overshadowed = False
        while later:
            if later.val > node.val:
                overshadowed = True
                break
            later = later.next
        if not overshadowed:
            node.next = None
            if tail:
                tail.next = node
            else:
                new_head = node
            tail = node
        node = nxt
    return new_head
