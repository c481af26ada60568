# bug: cuts the list in front of the k-th node from the tail instead of unlinking only that node, so everything after it is lost too
# fails on: {"head": [1, 2, 3], "k": 2}
def dropFromTail(head, k):
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(k):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = None
    return dummy.next
