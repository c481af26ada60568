# bug: the last block is reversed even when it has fewer than k nodes
# fails on: {"head": [1, 2, 3, 4, 5], "k": 3}
def flipBlocks(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while before.next:
        first = before.next
        prev, node, count = None, first, 0
        while node and count < k:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
            count += 1
        before.next = prev
        first.next = node
        before = first
    return dummy.next
