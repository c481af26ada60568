# bug: each reversed block ends in None and only the next full block is linked on, so a short rest at the end is lost
# fails on: {"head": [1, 2, 3], "k": 2}
def flipBlocks(head, k):
    dummy = ListNode(0, head)
    before = dummy
    node = head
    while True:
        probe, count = node, 0
        while probe and count < k:
            probe = probe.next
            count += 1
        if count < k:
            return dummy.next
        first, prev = node, None
        for _ in range(k):
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        before.next = prev
        before = first
