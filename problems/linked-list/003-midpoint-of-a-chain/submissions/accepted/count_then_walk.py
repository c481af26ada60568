# two passes: count the nodes, then walk (n - 1) // 2 steps from the head
def chainMidpoint(head):
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    if n == 0:
        return None
    node = head
    for _ in range((n - 1) // 2):
        node = node.next
    return node
