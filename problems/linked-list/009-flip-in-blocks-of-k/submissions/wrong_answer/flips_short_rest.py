# bug: reverses every block including a short last block, which must stay as it is; fails samples 1 and 3
# fails on: {"head": [1, 2, 3, 4, 5], "k": 3}
# origin: independent
def flipBlocks(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy
    while before.next:
        first = before.next
        prev = None
        curr = first
        count = 0
        while curr and count < k:
            nxt = curr.next
            curr.next = prev
            prev = curr
            curr = nxt
            count += 1
        before.next = prev
        first.next = curr
        before = first
    return dummy.next
