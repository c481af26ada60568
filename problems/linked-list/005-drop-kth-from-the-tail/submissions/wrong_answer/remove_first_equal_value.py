# bug: finds the value of the k-th node from the tail, then unlinks the first node with that value, which is the wrong node when values repeat (passes the samples)
# fails on: {"head": [1, 2, 1], "k": 1}
# origin: independent
def dropFromTail(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    target = values[len(values) - k]
    if head.val == target:
        return head.next
    prev = head
    while prev.next.val != target:
        prev = prev.next
    prev.next = prev.next.next
    return head
