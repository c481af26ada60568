# bug: the lead runs until it falls off the end instead of stopping on the last node, so the trailing pointer lands on the k-th node itself and the node after it is removed
# fails on: {"head": [1, 2, 3], "k": 2}
def dropFromTail(head, k):
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(k):
        lead = lead.next
    while lead is not None:
        lead = lead.next
        trail = trail.next
    if trail.next is not None:
        trail.next = trail.next.next
    return dummy.next
