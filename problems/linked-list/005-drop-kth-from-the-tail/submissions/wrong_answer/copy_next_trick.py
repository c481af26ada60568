# bug: deletes by copying the next node's value over the target; when the target is the tail it assumes the list had a single node and returns None (passes the samples)
# fails on: {"head": [1, 2], "k": 1}
# origin: independent
def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    target = head
    for _ in range(n - k):
        target = target.next
    if target.next is None:
        return None
    target.val = target.next.val
    target.next = target.next.next
    return head
