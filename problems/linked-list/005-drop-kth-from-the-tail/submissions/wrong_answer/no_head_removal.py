# bug: walks n - k - 1 steps to the node before the target with no dummy node, so when k == n (n > 1) it removes the second node instead of the head; fails sample 2
# fails on: {"head": [1, 2], "k": 2}
# origin: independent
def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    if n == 1:
        return None
    prev = head
    for _ in range(n - k - 1):
        prev = prev.next
    prev.next = prev.next.next
    return head
