# two passes: count the nodes, then stop in front of position n - k (a dummy covers the head)
def dropFromTail(head, k):
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    dummy = ListNode(0, head)
    prev = dummy
    for _ in range(n - k):
        prev = prev.next
    prev.next = prev.next.next
    return dummy.next
