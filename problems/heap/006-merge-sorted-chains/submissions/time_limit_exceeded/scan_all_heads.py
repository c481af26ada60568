# slow: finds the smallest head by scanning every chain for each node placed, O(N k)
def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    heads = list(lists)
    dummy = tail = ListNode()
    while True:
        best = -1
        for i, node in enumerate(heads):
            if node is not None and (best < 0 or node.val < heads[best].val):
                best = i
        if best < 0:
            break
        tail.next = heads[best]
        tail = tail.next
        heads[best] = heads[best].next
    tail.next = None
    return dummy.next
