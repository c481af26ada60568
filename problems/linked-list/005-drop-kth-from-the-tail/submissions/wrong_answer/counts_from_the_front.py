# bug: removes the k-th node counted from the head instead of from the tail
# fails on: {"head": [1, 2, 3], "k": 1}
def dropFromTail(head, k):
    dummy = ListNode(0, head)
    prev = dummy
    for _ in range(k - 1):
        prev = prev.next
    prev.next = prev.next.next
    return dummy.next
